package org.connectedcouncils.notify.ao.upgrade.v6;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 6: adds the tables of watches, notifications, mail choices, sent-mail claims and job runs. New
 * tables only; every existing row stays as it is.
 */
public final class AddNotificationsUpgradeTask006 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("6");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoWatchV6.class, AoNotificationV6.class, AoMailChoiceV6.class, AoSentMailV6.class,
                AoJobRunV6.class);
    }
}
