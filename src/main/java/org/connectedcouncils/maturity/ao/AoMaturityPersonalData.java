package org.connectedcouncils.maturity.ao;

import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import org.connectedcouncils.common.ao.UserKeyColumns;
import org.connectedcouncils.common.service.PersonalData;

/** The maturity feature's user keys: the authors of assessments and of peer reviews. */
public final class AoMaturityPersonalData implements PersonalData {

    private final ActiveObjects ao;

    public AoMaturityPersonalData(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Map<String, Integer> anonymise(String userKey, String marker) {
        return new UserKeyColumns(ao, userKey, marker)
                .rewrite(AoAssessment.class, "MAT_ASSESSMENT", AoAssessment.AUTHOR, AoAssessment::setAuthor)
                .rewrite(AoMaturityReview.class, "MAT_REVIEW", AoMaturityReview.AUTHOR, AoMaturityReview::setAuthor)
                .counts();
    }
}
