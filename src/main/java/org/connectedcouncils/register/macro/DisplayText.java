package org.connectedcouncils.register.macro;

import org.connectedcouncils.common.macro.Views;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKind;

/** Labels of the register's vocabularies (via i18n) and the display formats of money, dates and shares. */
public final class DisplayText {

    public static final String PHASE = "connected-councils.phase.";
    public static final String KIND = "connected-councils.kind.";
    public static final String OFFER = "connected-councils.offer.";
    public static final String ADOPTION = "connected-councils.adoption.";

    private static final Locale FORMAT_LOCALE = Locale.UK;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", FORMAT_LOCALE)
            .withZone(ZoneOffset.UTC);
    private static final Map<Phase, String> LOZENGES = Map.of(
            Phase.CONCEPT, "aui-lozenge aui-lozenge-subtle",
            Phase.DISCOVERY, "aui-lozenge aui-lozenge-new",
            Phase.ALPHA, "aui-lozenge aui-lozenge-moved",
            Phase.BETA, "aui-lozenge aui-lozenge-current",
            Phase.LIVE, "aui-lozenge aui-lozenge-success",
            Phase.RETIRED, "aui-lozenge");

    /** The "not confirmed" lozenge: subtle, so it reads as a prompt beside the phase rather than another phase. */
    public static final String CONFIRMATION_DUE_LOZENGE =
            "aui-lozenge aui-lozenge-subtle aui-lozenge-moved cc-confirmation-due";
    static final String CONFIRMATION_DUE = "connected-councils.solution.confirmationDue";

    private final Messages messages;

    public DisplayText(Messages messages) {
        this.messages = messages;
    }

    public String text(String key, Object... args) {
        return messages.text(key, args);
    }

    public String phase(Phase phase) {
        return phase == null ? "" : messages.text(PHASE + phase.code());
    }

    /** AUI lozenge classes for a phase: the lifecycle reads left to right from subtle to success. */
    public static String lozenge(Phase phase) {
        return phase == null ? "aui-lozenge" : LOZENGES.get(phase);
    }

    /** The text of the lozenge for entries due under {@code rule}, e.g. "Not confirmed for over 180 days". */
    public String confirmationDue(ConfirmationRule rule) {
        return messages.text(CONFIRMATION_DUE, number(rule.days()));
    }

    /** Zero or one lozenge: one when {@code solution} is due for confirmation under {@code rule}. */
    public List<Views.Span> confirmationDue(ConfirmationRule rule, Solution solution) {
        return rule.isDue(solution) ? List.of(new Views.Span(confirmationDue(rule), CONFIRMATION_DUE_LOZENGE))
                : List.of();
    }

    public String kind(SolutionKind kind) {
        return kind == null ? "" : messages.text(KIND + kind.code());
    }

    public String offer(CollaborationOffer offer) {
        return messages.text(OFFER + offer.code());
    }

    public String adoption(AdoptionState state) {
        return messages.text(ADOPTION + state.code());
    }

    /** An amount from minor units in its currency, e.g. 1200000 GBP as £12,000.00. */
    public static String money(Money money) {
        if (money == null) {
            return "";
        }
        return money(money.minorUnits(), money.currency());
    }

    public static String money(long minorUnits, String currencyCode) {
        try {
            Currency currency = Currency.getInstance(currencyCode);
            NumberFormat format = NumberFormat.getCurrencyInstance(FORMAT_LOCALE);
            format.setCurrency(currency);
            int digits = Math.max(0, currency.getDefaultFractionDigits());
            format.setMinimumFractionDigits(digits);
            format.setMaximumFractionDigits(digits);
            return format.format(java.math.BigDecimal.valueOf(minorUnits, digits));
        } catch (IllegalArgumentException e) {
            return NumberFormat.getIntegerInstance(FORMAT_LOCALE).format(minorUnits) + " " + currencyCode;
        }
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public static String number(long n) {
        return NumberFormat.getIntegerInstance(FORMAT_LOCALE).format(n);
    }

    /** A share from 0 to 1 as a whole percentage, e.g. 0.416 as 42%. */
    public static String percent(double share) {
        return NumberFormat.getPercentInstance(FORMAT_LOCALE).format(share);
    }
}
