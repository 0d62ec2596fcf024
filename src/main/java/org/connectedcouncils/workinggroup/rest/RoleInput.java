package org.connectedcouncils.workinggroup.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.workinggroup.domain.MemberRole;

/** Body of {@code PUT /working-groups/{key}/members/{councilCode}}: {@code member} or {@code observer}. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record RoleInput(String role) {

    MemberRole toRole() {
        return WgJson.code("role", role, MemberRole.class);
    }
}
