package org.connectedcouncils.council.ao.upgrade.v13;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/** Model version 13: adds the table of requests for editor rights. A new table only; every existing row stays. */
public final class AddEditorRequestsUpgradeTask013 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("13");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoEditorRequestV13.class);
    }
}
