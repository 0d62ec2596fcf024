package org.connectedcouncils.admin.service;

import org.connectedcouncils.register.service.ConfirmationPolicy;

/** When entries are due for confirmation, read from the app settings the admin page edits (never cached). */
public final class StoredConfirmationPolicy implements ConfirmationPolicy {

    private final SettingsStore settings;

    public StoredConfirmationPolicy(SettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public int stalenessDays() {
        return settings.load().stalenessDays();
    }
}
