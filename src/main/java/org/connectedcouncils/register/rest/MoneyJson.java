package org.connectedcouncils.register.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.register.domain.Money;

/** Money as {@code {"amount":125000,"currency":"GBP"}}: minor units of an ISO 4217 currency. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record MoneyJson(Long amount, String currency) {

    static MoneyJson of(Money money) {
        return money == null ? null : new MoneyJson(money.minorUnits(), money.currency());
    }
}
