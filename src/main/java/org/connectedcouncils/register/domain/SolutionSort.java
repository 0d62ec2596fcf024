package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.SortText;
import java.util.Optional;

/** Sort order of a register list: a field and a direction, written {@code name} or {@code -updated}. */
public record SolutionSort(Field field, boolean descending) {

    /** The columns a list can be sorted by. */
    public enum Field implements Coded {
        NAME,
        UPDATED,
        ADOPTIONS,
        PHASE;

        @Override
        public String code() {
            return Coded.codeOf(this);
        }
    }

    public static final SolutionSort DEFAULT = new SolutionSort(Field.UPDATED, true);

    /** Parses {@code name}, {@code -updated}, {@code +phase}; empty when the field is unknown. */
    public static Optional<SolutionSort> parse(String raw) {
        return SortText.parse(raw, Field.class, DEFAULT, SolutionSort::new);
    }

    @Override
    public String toString() {
        return SortText.of(field, descending);
    }
}
