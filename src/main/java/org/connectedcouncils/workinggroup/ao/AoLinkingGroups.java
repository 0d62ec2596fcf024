package org.connectedcouncils.workinggroup.ao;

import java.util.Arrays;
import java.util.List;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.LinkingGroups;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;

/** The register's {@link LinkingGroups} port on the indexed join of groups and the entries they link. */
public final class AoLinkingGroups implements LinkingGroups {

    private final ActiveObjects ao;

    public AoLinkingGroups(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Page<LinkingGroup> linking(SolutionKey key, PageRequest page) {
        List<LinkingGroup> items = Arrays.stream(ao.find(AoWorkingGroup.class, linked(key)
                        .order("g." + AoWorkingGroup.NAME_LOWER + " ASC, g.ID ASC")
                        .limit(page.limit()).offset(page.start())))
                .map(g -> new LinkingGroup(WorkingGroupKey.of(g.getID()).toString(), g.getName(), g.getGroupStatus(),
                        g.getPageId()))
                .toList();
        int total = ao.count(AoWorkingGroup.class, linked(key));
        return new Page<>(items, page.start(), page.limit(), total);
    }

    private static Query linked(SolutionKey key) {
        return Query.select().alias(AoWorkingGroup.class, "g")
                .join(AoGroupSolution.class, "s." + AoGroupSolution.GROUP_ID + " = g.ID")
                .alias(AoGroupSolution.class, "s")
                .where("s." + AoGroupSolution.SOLUTION_KEY + " = ?", key.toString());
    }
}
