package org.connectedcouncils.admin.rest;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.ValidationException;

/** Body of {@code PUT /admin/councils/{code}}: adds the council or changes it; {@code retired} retires it. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record CouncilInput(String name, String type, String region, Boolean retired) {

    /** The council with the code from the path; a path that is no council code is an error on {@code code}. */
    Council toCouncil(String rawCode) {
        List<FieldError> errors = new ArrayList<>();
        CouncilCode code = CouncilCode.parse(rawCode).orElse(null);
        if (code == null) {
            errors.add(FieldError.of("code", AdminInputs.COUNCIL_CODE, String.valueOf(rawCode)));
        }
        if (name == null || name.isBlank()) {
            errors.add(FieldError.of("name", SettingsJson.REQUIRED));
        }
        CouncilType councilType = RoleMappingJson.code(errors, "type", type, CouncilType.class);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Council(code, name.trim(), councilType, region == null ? "" : region.trim(),
                Boolean.TRUE.equals(retired));
    }
}
