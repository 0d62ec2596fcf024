package org.connectedcouncils.maturity.ao.upgrade.v8;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 8: the admins' level wording gains a Welsh column (issue 25 left it English only). A new nullable
 * column; every row keeps its English wording, and Welsh readers see it until an admin gives the Welsh.
 */
public final class AddWelshWordingUpgradeTask008 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("8");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoLevelWordingV8.class);
    }
}
