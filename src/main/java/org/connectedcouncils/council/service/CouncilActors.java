package org.connectedcouncils.council.service;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
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
        return actor(userKey, appAdmin, inGroup, mappings.candidatesFor(userKey), creators.name());
    }

    /**
     * {@link #resolve} for many people at once, in one read of the mappings and one of the creator group whatever
     * their number: {@code appAdmin} and {@code inGroup} answer for the user key given.
     */
    public Map<String, Actor> resolveAll(Collection<String> userKeys, Predicate<String> appAdmin,
            BiPredicate<String, String> inGroup) {
        Map<String, Actor> out = new LinkedHashMap<>();
        if (userKeys.isEmpty()) {
            return out;
        }
        List<RoleMapping> candidates = mappings.candidatesFor(userKeys);
        String createGroup = creators.name();
        for (String key : userKeys) {
            if (key != null) {
                out.put(key, actor(key, appAdmin.test(key), group -> inGroup.test(key, group), candidates,
                        createGroup));
            }
        }
        return out;
    }

    private static Actor actor(String userKey, boolean appAdmin, Predicate<String> inGroup,
            List<RoleMapping> candidates, String createGroup) {
        Set<CouncilCode> editorOf = new HashSet<>();
        for (RoleMapping m : candidates) {
            boolean applies = m.type() == PrincipalType.USER ? m.principal().equals(userKey)
                    : inGroup.test(m.principal());
            if (applies && m.role() == CouncilRole.EDITOR) {
                editorOf.add(m.council());
            }
        }
        boolean mayCreate = appAdmin || createGroup == null || inGroup.test(createGroup);
        return new Actor(userKey, appAdmin, editorOf, mayCreate);
    }
}
