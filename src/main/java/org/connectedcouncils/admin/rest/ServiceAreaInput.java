package org.connectedcouncils.admin.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.common.domain.ValidationException;

/**
 * Body of {@code PUT /admin/service-areas/{code}}: adds the area, renames it (in English, and optionally in Welsh:
 * {@code nameCy}, blank or absent for none), or retires / restores it.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ServiceAreaInput(String name, String nameCy, Boolean retired) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    /** The area with the code from the path (lower case letters, digits and hyphens, 2 to 40 characters). */
    ServiceArea toServiceArea(String rawCode) {
        List<FieldError> errors = new ArrayList<>();
        if (rawCode == null || !CODE.matcher(rawCode).matches()) {
            errors.add(FieldError.of("code", AdminInputs.AREA_CODE));
        }
        if (name == null || name.isBlank()) {
            errors.add(FieldError.of("name", SettingsJson.REQUIRED));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ServiceArea(rawCode, name.trim(), Boolean.TRUE.equals(retired),
                nameCy == null || nameCy.isBlank() ? null : nameCy.trim());
    }
}
