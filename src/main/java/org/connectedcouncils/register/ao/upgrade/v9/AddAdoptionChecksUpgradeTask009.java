package org.connectedcouncils.register.ao.upgrade.v9;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 9: adoptions get when the adopter last re-confirmed, when it was last asked and when it lapsed (all
 * empty: every existing adoption is current), and entries count lapsed adoptions apart (0 for every existing entry).
 */
public final class AddAdoptionChecksUpgradeTask009 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("9");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoSolutionV9.class, AoAdoptionV9.class);
    }
}
