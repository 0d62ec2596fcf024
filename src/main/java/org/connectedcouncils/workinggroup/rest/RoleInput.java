package org.connectedcouncils.workinggroup.rest;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.workinggroup.domain.MemberRole;

/** Body of {@code PUT /working-groups/{key}/members/{councilCode}}: {@code member} or {@code observer}. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record RoleInput(String role) {

    MemberRole toRole() {
        List<FieldError> errors = new ArrayList<>();
        MemberRole value = JsonFormats.code(errors, "role", role, MemberRole.class);
        JsonFormats.throwIfAny(errors);
        return value;
    }
}
