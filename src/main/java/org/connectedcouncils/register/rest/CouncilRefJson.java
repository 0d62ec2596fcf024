package org.connectedcouncils.register.rest;

import java.util.Map;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilCode;

/** A council named inside another object: {@code {"code":"E06000043","name":"Brighton and Hove City Council"}}. */
public record CouncilRefJson(String code, String name) {

    static CouncilRefJson of(CouncilCode code, Map<CouncilCode, Council> names) {
        if (code == null) {
            return null;
        }
        Council council = names.get(code);
        return new CouncilRefJson(code.value(), council == null ? null : council.name());
    }
}
