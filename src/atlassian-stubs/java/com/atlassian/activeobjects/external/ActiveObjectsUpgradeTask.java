// Stand-in mirroring com.atlassian.activeobjects:activeobjects-plugin (Confluence 10.2 / platform 8); signatures only.
package com.atlassian.activeobjects.external;

public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
