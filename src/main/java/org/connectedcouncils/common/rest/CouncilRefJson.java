package org.connectedcouncils.common.rest;

import java.util.function.Function;

import org.connectedcouncils.common.domain.CouncilCode;

/** A council named inside another object: {@code {"code":"E06000043","name":"Brighton and Hove City Council"}}. */
public record CouncilRefJson(String code, String name) {

    /** The reference to {@code code} named by {@code names} (null when unknown); null when there is no council. */
    public static CouncilRefJson of(CouncilCode code, Function<CouncilCode, String> names) {
        return code == null ? null : new CouncilRefJson(code.value(), names.apply(code));
    }
}
