package org.connectedcouncils.workinggroup.ao.upgrade.v2;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 2: adds the table of groups' invitations to councils. Existing memberships stay as they are; only
 * councils named from now on are invited rather than added.
 */
public final class AddInvitationsUpgradeTask002 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoInvitationV2.class);
    }
}
