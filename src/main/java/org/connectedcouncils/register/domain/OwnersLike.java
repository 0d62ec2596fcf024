package org.connectedcouncils.register.domain;

import java.util.Objects;
import java.util.Set;

import org.connectedcouncils.common.domain.CouncilCode;

/**
 * "Councils like mine": entries owned by councils of the same type as {@code council}, optionally of the same nation
 * too. {@code owners} is empty until the service resolves the group from the directory; the store needs it resolved.
 */
public record OwnersLike(CouncilCode council, boolean sameNation, Set<CouncilCode> owners) {

    public OwnersLike {
        Objects.requireNonNull(council, "council");
        owners = owners == null ? Set.of() : Set.copyOf(owners);
    }

    /** The group of councils like {@code council}, not yet resolved. */
    public static OwnersLike of(CouncilCode council, boolean sameNation) {
        return new OwnersLike(council, sameNation, Set.of());
    }

    /** The same request with the owner councils it stands for. */
    public OwnersLike resolvedTo(Set<CouncilCode> codes) {
        return new OwnersLike(council, sameNation, codes);
    }

    /** Whether the owner councils are known (the group always holds the chosen council itself once resolved). */
    public boolean resolved() {
        return !owners.isEmpty();
    }
}
