package org.connectedcouncils.admin.rest;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.CouncilRole;
import org.connectedcouncils.council.domain.PrincipalType;
import org.connectedcouncils.council.domain.RoleMapping;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.rest.ErrorCodes;
import org.connectedcouncils.common.rest.QueryParams;

/**
 * "Members of group (or user) {@code principal} act for council {@code councilCode} as {@code role}": a list item
 * of {@code /admin/mappings} and the body that adds or removes one. {@code type} is {@code group} or {@code user}.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record RoleMappingJson(String type, String principal, String councilCode, String role) {

    static RoleMappingJson of(RoleMapping mapping) {
        return new RoleMappingJson(mapping.type().code(), mapping.principal(), mapping.council().value(),
                mapping.role().code());
    }

    /** The mapping this body names, with every missing or unknown value reported at once. */
    RoleMapping toMapping() {
        List<FieldError> errors = new ArrayList<>();
        PrincipalType principalType = code(errors, "type", type, PrincipalType.class);
        CouncilRole councilRole = code(errors, "role", role, CouncilRole.class);
        if (principal == null || principal.isBlank()) {
            errors.add(FieldError.of("principal", SettingsJson.REQUIRED));
        }
        CouncilCode council = null;
        if (councilCode == null || councilCode.isBlank()) {
            errors.add(FieldError.of("councilCode", SettingsJson.REQUIRED));
        } else {
            council = CouncilCode.parse(councilCode).orElse(null);
            if (council == null) {
                errors.add(FieldError.of("councilCode", AdminInputs.COUNCIL_CODE, councilCode));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new RoleMapping(principalType, principal.trim(), council, councilRole);
    }

    static <E extends Enum<E> & Coded> E code(List<FieldError> errors, String field, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            errors.add(FieldError.of(field, SettingsJson.REQUIRED));
            return null;
        }
        E value = Coded.fromCode(type, raw).orElse(null);
        if (value == null) {
            errors.add(FieldError.of(field, ErrorCodes.INVALID_VALUE, raw, QueryParams.allowed(type)));
        }
        return value;
    }
}
