package org.connectedcouncils.council.service;

import java.util.Collection;
import java.util.List;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.RoleMapping;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;

/** Storage of the admin's group/user → council role mappings. */
public interface RoleMappings {

    /** Every group mapping plus the user's own mappings, in one read (group mappings are an admin-sized list). */
    List<RoleMapping> candidatesFor(String userKey);

    /** Every group mapping plus the user mappings of each of {@code userKeys}, in one read per 1,000 keys. */
    List<RoleMapping> candidatesFor(Collection<String> userKeys);

    Page<RoleMapping> list(PageRequest page);

    /** The mappings that give a council's editor role (an admin-sized list: groups and named users), one read. */
    List<RoleMapping> editorsOf(CouncilCode council);

    /** Adds the mapping; adding an existing one changes nothing. */
    RoleMapping add(RoleMapping mapping);

    /** Removes the mapping; true when it existed. */
    boolean remove(RoleMapping mapping);
}
