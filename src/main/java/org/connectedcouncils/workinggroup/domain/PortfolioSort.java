package org.connectedcouncils.workinggroup.domain;

import java.util.Locale;
import java.util.Optional;

import org.connectedcouncils.register.domain.Coded;

/**
 * Sort order of the portfolio, written {@code -reported}, {@code rag} (red first) or {@code name}. Ties are broken
 * by the newest report.
 */
public record PortfolioSort(Field field, boolean descending) {

    /** The columns the portfolio can be sorted by. */
    public enum Field implements Coded {
        REPORTED,
        RAG,
        NAME;

        @Override
        public String code() {
            return Coded.codeOf(this);
        }
    }

    public static final PortfolioSort DEFAULT = new PortfolioSort(Field.REPORTED, true);

    /** Parses {@code rag}, {@code -reported}, {@code +name}; empty when the field is unknown. */
    public static Optional<PortfolioSort> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(DEFAULT);
        }
        String s = raw.trim();
        boolean desc = s.startsWith("-");
        if (desc || s.startsWith("+")) {
            s = s.substring(1);
        }
        return Coded.fromCode(Field.class, s.toLowerCase(Locale.ROOT)).map(f -> new PortfolioSort(f, desc));
    }

    @Override
    public String toString() {
        return (descending ? "-" : "") + field.code();
    }
}
