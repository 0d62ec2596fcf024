package org.connectedcouncils.maturity.ao.upgrade.v8;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.maturity.ao.upgrade.v6.AoAssessmentV6;
import org.connectedcouncils.maturity.ao.upgrade.v6.AoLevelWordingV6;
import org.connectedcouncils.maturity.ao.upgrade.v6.AoMaturityReviewV6;
import org.connectedcouncils.testing.TestDatabase;
import org.junit.Test;

/** Model version 8 on a database of the version-6 maturity shape: the lead table appears, every row stays. */
public class AddLeadersUpgradeTask008DbTest {

    @Test
    public void upgrade_addsTheLeadTableAndKeepsEveryAssessment() {
        ActiveObjects ao = TestDatabase.fresh();
        ao.migrate(AoAssessmentV6.class, AoMaturityReviewV6.class, AoLevelWordingV6.class);
        ao.create(AoAssessmentV6.class, Map.of("COUNCIL_CODE", "E09000012", "AREA_CODE", "waste", "LEVEL_NO", 3,
                "ASSESSED_ON", new Date(), "CREATED_AT", new Date(), "CURRENT_KEY", "E09000012:waste",
                "LATEST", true));
        ao.create(AoLevelWordingV6.class, Map.of("PAIR_KEY", "waste:1", "AREA_CODE", "waste", "LEVEL_NO", 1));

        new AddLeadersUpgradeTask008().upgrade(null, ao); // ModelVersion is a body-less stand-in here

        ao.create(AoLeadOfferV8.class, Map.of("COUNCIL_CODE", "E09000012", "AREA_CODE", "waste",
                "PAIR_KEY", "E09000012:waste", "OFFERED_AT", new Date()));
        assertThat(ao.count(AoLeadOfferV8.class, Query.select())).isEqualTo(1);
        assertThat(ao.find(AoAssessmentV6.class, Query.select())).singleElement()
                .satisfies(a -> assertThat(a.getLevelNo()).isEqualTo(3));
        assertThat(ao.count(AoLevelWordingV6.class, Query.select())).isEqualTo(1);
    }
}
