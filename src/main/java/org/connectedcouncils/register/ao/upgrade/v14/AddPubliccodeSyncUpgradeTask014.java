package org.connectedcouncils.register.ao.upgrade.v14;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/** Model version 14 (issue 18): the entries' publiccode.yml sync URLs and results. A new table; every row stays. */
public final class AddPubliccodeSyncUpgradeTask014 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("14");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoPubliccodeSyncV14.class);
    }
}
