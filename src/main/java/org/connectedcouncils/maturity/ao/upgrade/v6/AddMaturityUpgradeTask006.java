package org.connectedcouncils.maturity.ao.upgrade.v6;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 6: adds the maturity tables (assessments, peer reviews, admins' level wording). New tables only;
 * every existing row stays as it is, and the generic level descriptions come from the i18n file.
 */
public final class AddMaturityUpgradeTask006 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("6");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoAssessmentV6.class, AoMaturityReviewV6.class, AoLevelWordingV6.class);
    }
}
