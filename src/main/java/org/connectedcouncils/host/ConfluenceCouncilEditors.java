package org.connectedcouncils.host;

import java.util.LinkedHashSet;
import java.util.Set;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.user.Group;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.PrincipalType;
import org.connectedcouncils.council.domain.RoleMapping;
import org.connectedcouncils.council.service.RoleMappings;
import org.connectedcouncils.notify.service.CouncilEditors;

/**
 * A council's editors from the admin's role mappings: users named in them, and the members of groups named in them
 * (nested groups included), as Confluence knows them now; deactivated users are left out.
 */
public final class ConfluenceCouncilEditors implements CouncilEditors {

    private final RoleMappings mappings;
    private final UserAccessor users;

    public ConfluenceCouncilEditors(RoleMappings mappings, UserAccessor users) {
        this.mappings = mappings;
        this.users = users;
    }

    @Override
    public Set<String> of(CouncilCode council) {
        Set<String> out = new LinkedHashSet<>();
        if (council == null) {
            return out;
        }
        for (RoleMapping m : mappings.editorsOf(council)) {
            if (out.size() >= MAX) {
                break;
            }
            if (m.type() == PrincipalType.USER) {
                out.add(m.principal());
                continue;
            }
            Group group = users.getGroup(m.principal());
            if (group == null) {
                continue;
            }
            for (String username : users.getMemberNamesAsList(group)) {
                ConfluenceUser user = users.getUserByName(username);
                if (user != null && !users.isDeactivated(user) && out.size() < MAX) {
                    out.add(user.getKey().getStringValue());
                }
            }
        }
        return out;
    }
}
