package org.connectedcouncils.register.ao.upgrade.v3;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 3: new, empty columns on entries (reuse terms; why an entry was retired, what was learned and what
 * replaces it) and on adoptions (release, how it runs, supplier, the adopter's annual saving). Existing rows keep
 * every value; the new columns stay empty until someone fills them in.
 */
public final class AddReuseTermsUpgradeTask003 implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoSolutionV3.class, AoAdoptionV3.class);
    }
}
