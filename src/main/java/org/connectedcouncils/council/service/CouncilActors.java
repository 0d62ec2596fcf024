package org.connectedcouncils.council.service;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.CouncilRole;
import org.connectedcouncils.council.domain.PrincipalType;
import org.connectedcouncils.council.domain.RoleMapping;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.admin.domain.AppSettings;
import org.connectedcouncils.admin.service.SettingsStore;

/**
 * Works out who a signed-in person acts for, from the admin's mappings and their current group membership. Nothing
 * is cached: group changes take effect on the next request, on every cluster node.
 */
public final class CouncilActors {

    private final RoleMappings mappings;
    private final SettingsStore settings;

    public CouncilActors(RoleMappings mappings, SettingsStore settings) {
        this.mappings = mappings;
        this.settings = settings;
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
        AppSettings current = settings.load();
        boolean mayCreate = appAdmin || current.createGroup() == null || inGroup.test(current.createGroup());
        return new Actor(userKey, appAdmin, editorOf, mayCreate);
    }
}
