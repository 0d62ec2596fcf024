package org.connectedcouncils.admin.service;

import org.connectedcouncils.register.service.ConfirmationPolicy;

/** When entries and adoptions are due for confirmation, read from the app settings the admin page edits (never cached). */
public final class StoredConfirmationPolicy implements ConfirmationPolicy {

    private final SettingsStore settings;

    public StoredConfirmationPolicy(SettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public int stalenessDays() {
        return settings.load().stalenessDays();
    }

    @Override
    public int adoptionCheckDays() {
        return settings.load().adoptionCheckDays();
    }

    @Override
    public int adoptionGraceDays() {
        return settings.load().adoptionGraceDays();
    }
}
