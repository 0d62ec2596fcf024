package org.connectedcouncils.workinggroup.ao.upgrade.v7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.testing.TestDatabase;
import org.connectedcouncils.workinggroup.ao.AoMembership;
import org.connectedcouncils.workinggroup.ao.AoWorkingGroup;
import org.junit.Test;

/**
 * Model version 7 on a database of the version before it (H2, PostgreSQL and MariaDB, like every *DbTest): groups
 * and memberships keep every value, each group's linked-entries text becomes rows of the link table (each key once),
 * and the charter and history tables can be written.
 */
public class AddGroupRecordsUpgradeTask007DbTest {

    private static final Date CREATED = new Date(1_700_000_000_000L);

    @Test
    public void upgrade_fillsTheLinkTableFromTheTextColumnAndKeepsEveryGroup() {
        ActiveObjects ao = TestDatabase.fresh();
        ao.migrate(AoWorkingGroup.class, AoMembership.class);
        AoWorkingGroup two = group(ao, "Bins forum", "CC-1,CC-12");
        AoWorkingGroup repeated = group(ao, "Parking forum", "CC-12,CC-12, CC-3");
        group(ao, "No links", null);
        ao.create(AoMembership.class, Map.of(AoMembership.GROUP_ID, two.getID(), AoMembership.COUNCIL_CODE,
                "E09000012", AoMembership.PAIR_KEY, two.getID() + ":E09000012", AoMembership.MEMBER_ROLE, "member",
                AoMembership.ROLE_RANK, 1, AoMembership.JOINED_AT, CREATED));
        Map<Integer, String> before = groups(ao);

        new AddGroupRecordsUpgradeTask007().upgrade(null, ao); // ModelVersion is a body-less stand-in here

        assertThat(groups(ao)).isEqualTo(before).hasSize(3);
        assertThat(ao.count(AoMembership.class, Query.select())).isEqualTo(1);
        assertThat(Arrays.stream(ao.find(AoGroupSolutionV7.class, Query.select().order("GROUP_ID, SOLUTION_KEY"))))
                .extracting(AoGroupSolutionV7::getGroupId, AoGroupSolutionV7::getSolutionKey)
                .containsExactly(tuple(two.getID(), "CC-1"), tuple(two.getID(), "CC-12"),
                        tuple(repeated.getID(), "CC-12"), tuple(repeated.getID(), "CC-3"));
        ao.create(AoCommitmentV7.class, Map.of("GROUP_ID", two.getID(), "COUNCIL_CODE", "E09000012", "PAIR_KEY",
                two.getID() + ":E09000012", "UPDATED_AT", CREATED));
        ao.create(AoGroupHistoryV7.class, Map.of("GROUP_ID", two.getID(), "HAPPENED_AT", CREATED, "WHAT",
                "created"));
        assertThat(ao.count(AoCommitmentV7.class, Query.select())).isEqualTo(1);
        assertThat(ao.count(AoGroupHistoryV7.class, Query.select())).isEqualTo(1);
    }

    private static AoWorkingGroup group(ActiveObjects ao, String name, String solutions) {
        Map<String, Object> values = new HashMap<>();
        values.put(AoWorkingGroup.NAME, name);
        values.put(AoWorkingGroup.NAME_LOWER, name.toLowerCase());
        values.put(AoWorkingGroup.MODEL_CODE, "community-of-practice");
        values.put(AoWorkingGroup.GROUP_STATUS, "forming");
        values.put(AoWorkingGroup.LEAD_CODE, "E06000043");
        values.put(AoWorkingGroup.CREATED_AT, CREATED);
        values.put(AoWorkingGroup.UPDATED_AT, CREATED);
        AoWorkingGroup row = ao.create(AoWorkingGroup.class, values);
        row.setSolutions(solutions);
        row.setAim("Aim of " + name);
        row.setGroupVersion(3);
        row.save();
        return row;
    }

    /** Every group's values that matter, as text, by id. */
    private static Map<Integer, String> groups(ActiveObjects ao) {
        Map<Integer, String> rows = new HashMap<>();
        for (AoWorkingGroup g : ao.find(AoWorkingGroup.class, Query.select())) {
            rows.put(g.getID(), String.join("|", g.getName(), g.getNameLower(), String.valueOf(g.getAim()),
                    g.getModelCode(), g.getGroupStatus(), g.getLeadCode(), String.valueOf(g.getSolutions()),
                    String.valueOf(g.getGroupVersion()), String.valueOf(g.getCreatedAt().getTime())));
        }
        return rows;
    }
}
