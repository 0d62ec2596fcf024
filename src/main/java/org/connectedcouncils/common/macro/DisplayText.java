package org.connectedcouncils.common.macro;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.i18n.Messages;

/** Text for the macros' view models: i18n messages, labels of coded values, and the formats of numbers and dates. */
public final class DisplayText {

    /** The language of the texts, {@code en-GB} or {@code cy}: it picks the month names of dates. */
    public static final String LANGUAGE = "connected-councils.language";

    private static final Locale FORMAT_LOCALE = Locale.UK;
    private static final Locale WELSH = Locale.forLanguageTag("cy-GB");
    private static final String DATE_PATTERN = "d MMM yyyy";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN, FORMAT_LOCALE)
            .withZone(ZoneOffset.UTC);

    private final Messages messages;

    public DisplayText(Messages messages) {
        this.messages = messages;
    }

    public String text(String key, Object... args) {
        return messages.text(key, args);
    }

    /** The label of a coded value under its vocabulary's key prefix, e.g. {@code connected-councils.phase.live}. */
    public String label(String prefix, Coded value) {
        return value == null ? "" : messages.text(prefix + value.code());
    }

    /** An amount from minor units in its currency, e.g. 1200000 GBP as £12,000.00. */
    public static String money(long minorUnits, String currencyCode) {
        try {
            Currency currency = Currency.getInstance(currencyCode);
            NumberFormat format = NumberFormat.getCurrencyInstance(FORMAT_LOCALE);
            format.setCurrency(currency);
            int digits = Math.max(0, currency.getDefaultFractionDigits());
            format.setMinimumFractionDigits(digits);
            format.setMaximumFractionDigits(digits);
            return format.format(BigDecimal.valueOf(minorUnits, digits));
        } catch (IllegalArgumentException e) {
            return NumberFormat.getIntegerInstance(FORMAT_LOCALE).format(minorUnits) + " " + currencyCode;
        }
    }

    /** A date with English month names, e.g. 5 Dec 2026; {@link #shownDate} writes it in the texts' language. */
    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** A day (UTC) in the language of the texts, e.g. 5 Dec 2026 in English, 5 Rhag 2026 in Welsh. */
    public String shownDate(Instant instant) {
        return instant == null ? "" : dates().withZone(ZoneOffset.UTC).format(instant);
    }

    /** A day in the language of the texts, e.g. 5 Dec 2026 in English, 5 Rhag 2026 in Welsh. */
    public String shownDate(LocalDate day) {
        return day == null ? "" : dates().format(day);
    }

    private DateTimeFormatter dates() {
        return welsh() ? DateTimeFormatter.ofPattern(DATE_PATTERN, WELSH) : DATE;
    }

    /** Whether the texts are Welsh: admin-given names and wordings then show their Welsh, when given. */
    public boolean welsh() {
        String language = messages.text(LANGUAGE);
        return language != null && language.startsWith("cy");
    }

    public static String number(long n) {
        return NumberFormat.getIntegerInstance(FORMAT_LOCALE).format(n);
    }

    /** A share from 0 to 1 as a whole percentage, e.g. 0.416 as 42%. */
    public static String percent(double share) {
        return NumberFormat.getPercentInstance(FORMAT_LOCALE).format(share);
    }
}
