package org.connectedcouncils.register.macro;

import java.util.Arrays;
import java.util.Optional;

import org.connectedcouncils.register.domain.SolutionSort;

/** A column the register table can show; the code is the macro parameter value and the JSON field it shows. */
public enum RegisterColumn {
    KEY("key", null),
    NAME("name", SolutionSort.Field.NAME),
    SUMMARY("summary", null),
    PHASE("phase", SolutionSort.Field.PHASE),
    KIND("kind", null),
    OWNER("owner", null),
    SERVICE_AREAS("serviceAreas", null),
    OFFERS("offers", null),
    ADOPTIONS("adoptions", SolutionSort.Field.ADOPTIONS),
    UPDATED("updated", SolutionSort.Field.UPDATED);

    private final String code;
    private final SolutionSort.Field sortField;

    RegisterColumn(String code, SolutionSort.Field sortField) {
        this.code = code;
        this.sortField = sortField;
    }

    public String code() {
        return code;
    }

    public String labelKey() {
        return "connected-councils.register.column." + code;
    }

    /** The sort field of this column, or null when the list cannot be sorted by it. */
    public SolutionSort.Field sortField() {
        return sortField;
    }

    public static Optional<RegisterColumn> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equalsIgnoreCase(code)).findFirst();
    }
}
