package org.connectedcouncils.workinggroup.domain;

import java.util.Optional;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.SortText;

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
        return SortText.parse(raw, Field.class, DEFAULT, PortfolioSort::new);
    }

    @Override
    public String toString() {
        return SortText.of(field, descending);
    }
}
