package org.connectedcouncils.admin.service;

import org.connectedcouncils.workinggroup.service.WorkingGroupSettings;

/** The working groups' tunable rules, read from the app settings the admin page edits (never cached). */
public final class StoredWorkingGroupSettings implements WorkingGroupSettings {

    private final SettingsStore settings;

    public StoredWorkingGroupSettings(SettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public int maxFundingBidLeads() {
        return settings.load().fundingBidLeadLimit();
    }
}
