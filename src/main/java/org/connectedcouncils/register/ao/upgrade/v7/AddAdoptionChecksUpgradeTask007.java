package org.connectedcouncils.register.ao.upgrade.v7;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 7: adoptions get when the adopter last re-confirmed, when it was last asked and when it lapsed (all
 * empty: every existing adoption is current), and entries count lapsed adoptions apart (0 for every existing entry).
 */
public final class AddAdoptionChecksUpgradeTask007 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("7");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoSolutionV7.class, AoAdoptionV7.class);
    }
}
