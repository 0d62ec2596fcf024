package org.connectedcouncils.register.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.connectedcouncils.common.domain.Coded;

/** Value formats shared by the register's JSON: codes, ISO-8601 UTC instants and dates. */
final class Json {

    private Json() {
    }

    static String code(Coded value) {
        return value == null ? null : value.code();
    }

    static List<String> codes(Collection<? extends Coded> values) {
        return values.stream().map(Coded::code).sorted().toList();
    }

    /** {@code 2026-11-01T09:00:00Z}. */
    static String instant(Instant value) {
        return value == null ? null : value.toString();
    }

    static String date(LocalDate value) {
        return value == null ? null : value.toString();
    }
}
