package org.connectedcouncils.register.domain;

import java.util.Currency;
import java.util.Objects;

/** An amount in minor units (pence, cents) of an ISO 4217 currency. */
public record Money(long minorUnits, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minorUnits, String currency) {
        return new Money(minorUnits, currency);
    }

    /** True when the currency is a real ISO 4217 code with minor units (GBP, EUR, …). */
    public boolean hasKnownCurrency() {
        try {
            return Currency.getInstance(currency).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
