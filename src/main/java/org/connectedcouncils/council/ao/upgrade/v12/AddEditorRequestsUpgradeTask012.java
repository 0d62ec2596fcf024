package org.connectedcouncils.council.ao.upgrade.v12;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/** Model version 12: adds the table of requests for editor rights. A new table only; every existing row stays. */
public final class AddEditorRequestsUpgradeTask012 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("12");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoEditorRequestV12.class);
    }
}
