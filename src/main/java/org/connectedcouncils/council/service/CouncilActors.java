package org.connectedcouncils.council.service;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.CouncilRole;
import org.connectedcouncils.council.domain.PrincipalType;
import org.connectedcouncils.council.domain.RoleMapping;
import org.connectedcouncils.common.domain.Actor;

/**
 * Works out who a signed-in person acts for, from the admin's mappings and their current group membership. Nothing
 * is cached: group changes take effect on the next request, on every cluster node.
 */
public final class CouncilActors {

    private final RoleMappings mappings;
    private final CreatorGroup creators;

    public CouncilActors(RoleMappings mappings, CreatorGroup creators) {
        this.mappings = mappings;
        this.creators = creators;
    }

    /**
     * @param userKey the signed-in user's key, or null when anonymous
     * @param appAdmin whether the host says the user administers the site
     * @param inGroup tells whether the user is in a Confluence group
     */
    public Actor resolve(String userKey, boolean appAdmin, Predicate<String> inGroup) {
        if (userKey == null) {
            return Actor.anonymous();
        }
        Set<CouncilCode> editorOf = new HashSet<>();
        for (RoleMapping m : mappings.candidatesFor(userKey)) {
            boolean applies = m.type() == PrincipalType.USER ? m.principal().equals(userKey)
                    : inGroup.test(m.principal());
            if (applies && m.role() == CouncilRole.EDITOR) {
                editorOf.add(m.council());
            }
        }
        String createGroup = creators.name();
        boolean mayCreate = appAdmin || createGroup == null || inGroup.test(createGroup);
        return new Actor(userKey, appAdmin, editorOf, mayCreate);
    }
}
