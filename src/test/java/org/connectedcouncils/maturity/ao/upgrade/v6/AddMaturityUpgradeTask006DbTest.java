package org.connectedcouncils.maturity.ao.upgrade.v6;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.council.ao.AoCouncil;
import org.connectedcouncils.register.ao.AoServiceArea;
import org.connectedcouncils.testing.TestDatabase;
import org.connectedcouncils.workinggroup.ao.AoMembership;
import org.junit.Test;

/**
 * Model version 6 on a database of the earlier shape, on H2, PostgreSQL and MariaDB (a fresh database of the run's
 * kind): the maturity tables appear and take rows, every earlier row stays with its values.
 */
public class AddMaturityUpgradeTask006DbTest {

    @Test
    public void upgrade_addsTheMaturityTablesAndKeepsEveryRow() {
        ActiveObjects ao = TestDatabase.fresh();
        ao.migrate(AoMembership.class, AoServiceArea.class, AoCouncil.class);
        ao.create(AoMembership.class, Map.of(AoMembership.GROUP_ID, 1, AoMembership.COUNCIL_CODE, "E09000012",
                AoMembership.PAIR_KEY, "1:E09000012", AoMembership.MEMBER_ROLE, "member", AoMembership.ROLE_RANK, 1,
                AoMembership.JOINED_AT, new Date()));
        ao.create(AoServiceArea.class, Map.of(AoServiceArea.CODE, "waste", AoServiceArea.NAME,
                "Waste and recycling"));

        new AddMaturityUpgradeTask006().upgrade(null, ao); // ModelVersion is a body-less stand-in here

        ao.create(AoAssessmentV6.class, Map.of("COUNCIL_CODE", "E09000012", "AREA_CODE", "waste", "LEVEL_NO", 3,
                "ASSESSED_ON", new Date(), "CREATED_AT", new Date(), "CURRENT_KEY", "E09000012:waste",
                "LATEST", true));
        ao.create(AoMaturityReviewV6.class, Map.of("ASSESSMENT_ID", 1, "COUNCIL_CODE", "E06000043",
                "PAIR_KEY", "1:E06000043", "VERDICT", "endorse", "CREATED_AT", new Date()));
        ao.create(AoLevelWordingV6.class, Map.of("PAIR_KEY", "waste:1", "AREA_CODE", "waste", "LEVEL_NO", 1));
        assertThat(ao.count(AoAssessmentV6.class, Query.select())).isEqualTo(1);
        assertThat(ao.count(AoMaturityReviewV6.class, Query.select())).isEqualTo(1);
        assertThat(ao.count(AoLevelWordingV6.class, Query.select())).isEqualTo(1);
        assertThat(ao.count(AoMembership.class, Query.select())).isEqualTo(1);
        assertThat(ao.count(AoServiceArea.class, Query.select())).isEqualTo(1);
        assertThat(ao.find(AoServiceArea.class, Query.select())[0].getName()).isEqualTo("Waste and recycling");
        AoMembership member = ao.find(AoMembership.class, Query.select())[0];
        assertThat(member.getCouncilCode()).isEqualTo("E09000012");
        assertThat(member.getPairKey()).isEqualTo("1:E09000012");
        assertThat(ao.find(AoAssessmentV6.class, Query.select())[0].getLevelNo()).isEqualTo(3);
    }
}
