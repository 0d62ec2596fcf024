package org.connectedcouncils.register.macro;

import java.time.Instant;
import java.util.List;

import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.register.domain.Hosting;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.ProcurementRoute;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKind;
import org.connectedcouncils.register.domain.SupportLevel;
import org.connectedcouncils.register.service.RegisterVocabulary;

/** The register macros' text: the generic display text plus the labels and lozenges of the register's vocabularies. */
public final class RegisterText {

    private final DisplayText display;

    public RegisterText(DisplayText display) {
        this.display = display;
    }

    /** The generic display text under this one. */
    /** Whether the texts are Welsh (admin-given names then show their Welsh, when given). */
    public boolean welsh() {
        return display.welsh();
    }

    public DisplayText display() {
        return display;
    }

    public String text(String key, Object... args) {
        return display.text(key, args);
    }

    public String phase(Phase phase) {
        return display.label(RegisterVocabulary.PHASE, phase);
    }

    /** A phase as its lozenge. */
    public Views.Span phaseLozenge(Phase phase) {
        return new Views.Span(phase(phase), RegisterVocabulary.lozenge(phase));
    }

    /** The text of the lozenge for entries due under {@code rule}, e.g. "Not confirmed for over 180 days". */
    public String confirmationDue(ConfirmationRule rule) {
        return display.text(RegisterVocabulary.CONFIRMATION_DUE, DisplayText.number(rule.days()));
    }

    /** Zero or one lozenge: one when {@code solution} is due for confirmation under {@code rule}. */
    public List<Views.Span> confirmationDue(ConfirmationRule rule, Solution solution) {
        return rule.isDue(solution)
                ? List.of(new Views.Span(confirmationDue(rule), RegisterVocabulary.CONFIRMATION_DUE_LOZENGE))
                : List.of();
    }

    public String kind(SolutionKind kind) {
        return display.label(RegisterVocabulary.KIND, kind);
    }

    public String offer(CollaborationOffer offer) {
        return display.label(RegisterVocabulary.OFFER, offer);
    }

    /** A date in the language of the texts, e.g. 5 Rhag 2026 in Welsh. */
    public String date(Instant instant) {
        return display.shownDate(instant);
    }

    public String adoption(AdoptionState state) {
        return display.label(RegisterVocabulary.ADOPTION, state);
    }

    public String support(SupportLevel level) {
        return display.label(RegisterVocabulary.SUPPORT, level);
    }

    public String procurement(ProcurementRoute route) {
        return display.label(RegisterVocabulary.PROCUREMENT, route);
    }

    public String hosting(Hosting hosting) {
        return display.label(RegisterVocabulary.HOSTING, hosting);
    }

    /** An amount in its currency, e.g. £12,000.00; empty when there is none. */
    public static String money(Money money) {
        return money == null ? "" : DisplayText.money(money.minorUnits(), money.currency());
    }
}
