package org.connectedcouncils.council.domain;

import org.connectedcouncils.common.domain.CouncilCode;
import java.util.Objects;

/** An admin's rule "members of group G (or user U) act for council C as role R". */
public record RoleMapping(PrincipalType type, String principal, CouncilCode council, CouncilRole role) {

    public RoleMapping {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(role, "role");
    }
}
