package org.connectedcouncils.admin.service;

import org.connectedcouncils.council.service.CreatorGroup;

/** The "may create entries" group, read from the app settings the admin page edits (never cached). */
public final class StoredCreatorGroup implements CreatorGroup {

    private final SettingsStore settings;

    public StoredCreatorGroup(SettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return settings.load().createGroup();
    }
}
