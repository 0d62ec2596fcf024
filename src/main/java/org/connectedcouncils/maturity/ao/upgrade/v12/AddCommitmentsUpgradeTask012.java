package org.connectedcouncils.maturity.ao.upgrade.v12;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/** Model version 12: adds the councils' commitments. A new table only; every row stays. */
public final class AddCommitmentsUpgradeTask012 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("12");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoPledgeV12.class);
    }
}
