package org.connectedcouncils.maturity.ao.upgrade.v13;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.maturity.ao.upgrade.v10.AoLeadOfferV10;
import org.connectedcouncils.maturity.ao.upgrade.v6.AoAssessmentV6;
import org.connectedcouncils.maturity.ao.upgrade.v6.AoMaturityReviewV6;
import org.connectedcouncils.maturity.ao.upgrade.v8.AoLevelWordingV8;
import org.connectedcouncils.testing.TestDatabase;
import org.junit.Test;

/** Model version 13 on a database of the maturity shape before it (version 10): the commitments table appears. */
public class AddCommitmentsUpgradeTask013DbTest {

    @Test
    public void upgrade_addsTheCommitmentTableAndKeepsEveryRow() {
        ActiveObjects ao = TestDatabase.fresh();
        ao.migrate(AoAssessmentV6.class, AoMaturityReviewV6.class, AoLevelWordingV8.class, AoLeadOfferV10.class);
        ao.create(AoAssessmentV6.class, Map.of("COUNCIL_CODE", "E09000012", "AREA_CODE", "waste", "LEVEL_NO", 3,
                "ASSESSED_ON", new Date(), "CREATED_AT", new Date(), "CURRENT_KEY", "E09000012:waste",
                "LATEST", true));
        ao.create(AoLeadOfferV10.class, Map.of("COUNCIL_CODE", "E09000012", "AREA_CODE", "waste",
                "PAIR_KEY", "E09000012:waste", "OFFERED_AT", new Date()));

        AddCommitmentsUpgradeTask013 task = new AddCommitmentsUpgradeTask013();
        task.upgrade(null, ao); // ModelVersion is a body-less stand-in here

        ao.create(AoPledgeV13.class, Map.of("COUNCIL_CODE", "E09000012", "KIND", "declaration", "STATUS", "signed",
                "CREATED_AT", new Date(), "UPDATED_AT", new Date()));
        assertThat(ao.find(AoPledgeV13.class, Query.select())).singleElement()
                .satisfies(c -> assertThat(c.getStatus()).isEqualTo("signed"));
        assertThat(ao.find(AoAssessmentV6.class, Query.select())).singleElement()
                .satisfies(a -> assertThat(a.getLevelNo()).isEqualTo(3));
        assertThat(ao.count(AoLeadOfferV10.class, Query.select())).isEqualTo(1);
    }
}
