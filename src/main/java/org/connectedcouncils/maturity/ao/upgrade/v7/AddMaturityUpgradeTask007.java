package org.connectedcouncils.maturity.ao.upgrade.v7;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 7: adds the maturity tables (assessments, peer reviews, admins' level wording). New tables only;
 * every existing row stays as it is, and the generic level descriptions come from the i18n file.
 */
public final class AddMaturityUpgradeTask007 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("7");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoAssessmentV7.class, AoMaturityReviewV7.class, AoLevelWordingV7.class);
    }
}
