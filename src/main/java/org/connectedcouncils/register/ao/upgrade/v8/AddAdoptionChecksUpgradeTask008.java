package org.connectedcouncils.register.ao.upgrade.v8;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 8: adoptions get when the adopter last re-confirmed, when it was last asked and when it lapsed (all
 * empty: every existing adoption is current), and entries count lapsed adoptions apart (0 for every existing entry).
 */
public final class AddAdoptionChecksUpgradeTask008 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("8");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoSolutionV8.class, AoAdoptionV8.class);
    }
}
