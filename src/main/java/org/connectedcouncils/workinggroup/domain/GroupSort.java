package org.connectedcouncils.workinggroup.domain;

import java.util.Optional;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.SortText;

/** Sort order of a group list, written {@code name} or {@code -updated}. */
public record GroupSort(Field field, boolean descending) {

    /** The columns a group list can be sorted by. */
    public enum Field implements Coded {
        NAME,
        UPDATED;

        @Override
        public String code() {
            return Coded.codeOf(this);
        }
    }

    public static final GroupSort DEFAULT = new GroupSort(Field.NAME, false);

    /** Parses {@code name}, {@code -updated}, {@code +name}; empty when the field is unknown. */
    public static Optional<GroupSort> parse(String raw) {
        return SortText.parse(raw, Field.class, DEFAULT, GroupSort::new);
    }

    @Override
    public String toString() {
        return SortText.of(field, descending);
    }
}
