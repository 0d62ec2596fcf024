package org.connectedcouncils.maturity.ao.upgrade.v13;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/** Model version 13: adds the councils' commitments. A new table only; every row stays. */
public final class AddCommitmentsUpgradeTask013 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("13");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoPledgeV13.class);
    }
}
