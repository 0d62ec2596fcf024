package org.connectedcouncils.workinggroup.ao.upgrade.v2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.testing.TestDatabase;
import org.connectedcouncils.workinggroup.ao.AoMembership;
import org.junit.Test;

/** Model version 2 on a database of version 1 with a membership: the invitation table appears, the data stays. */
public class AddInvitationsUpgradeTask002DbTest {

    @Test
    public void upgrade_addsTheInvitationTableAndKeepsMemberships() {
        ActiveObjects ao = TestDatabase.freshH2();
        ao.migrate(AoMembership.class);
        ao.create(AoMembership.class, Map.of(AoMembership.GROUP_ID, 1, AoMembership.COUNCIL_CODE, "E09000012",
                AoMembership.PAIR_KEY, "1:E09000012", AoMembership.MEMBER_ROLE, "member", AoMembership.ROLE_RANK, 1,
                AoMembership.JOINED_AT, new Date()));

        AddInvitationsUpgradeTask002 task = new AddInvitationsUpgradeTask002();
        task.upgrade(null, ao); // ModelVersion is a stand-in without a body here; FeatureOrderTest reads the version

        ao.create(AoInvitationV2.class, Map.of("GROUP_ID", 1, "COUNCIL_CODE", "E08000035", "PENDING_KEY",
                "1:E08000035", "INVITE_STATE", "pending", "MEMBER_ROLE", "member", "INVITED_AT", new Date()));

        assertThat(ao.count(AoInvitationV2.class, Query.select())).isEqualTo(1);
        assertThat(ao.count(AoMembership.class, Query.select())).isEqualTo(1);
    }
}
