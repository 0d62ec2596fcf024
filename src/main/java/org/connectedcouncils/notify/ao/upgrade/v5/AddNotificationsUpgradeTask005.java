package org.connectedcouncils.notify.ao.upgrade.v5;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 5: adds the tables of watches, notifications, mail choices, sent-mail claims and job runs. New
 * tables only; every existing row stays as it is.
 */
public final class AddNotificationsUpgradeTask005 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("5");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoWatchV5.class, AoNotificationV5.class, AoMailChoiceV5.class, AoSentMailV5.class,
                AoJobRunV5.class);
    }
}
