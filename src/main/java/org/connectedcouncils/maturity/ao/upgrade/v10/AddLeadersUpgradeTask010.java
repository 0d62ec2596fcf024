package org.connectedcouncils.maturity.ao.upgrade.v10;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/** Model version 10: adds the councils' offers to lead per service area. A new table only; every row stays. */
public final class AddLeadersUpgradeTask010 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("10");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoLeadOfferV10.class);
    }
}
