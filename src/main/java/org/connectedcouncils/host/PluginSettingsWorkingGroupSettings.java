package org.connectedcouncils.host;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import org.connectedcouncils.workinggroup.service.WorkingGroupSettings;

/**
 * {@link WorkingGroupSettings} from SAL's global plugin settings (shared by every cluster node), read on each call
 * so an administrator's change applies at once. A missing or unusable value means the default.
 */
public final class PluginSettingsWorkingGroupSettings implements WorkingGroupSettings {

    static final String MAX_FUNDING_BID_LEADS =
            "org.connectedcouncils.connected-councils.workinggroup.maxFundingBidLeads";

    private final PluginSettingsFactory settingsFactory;

    public PluginSettingsWorkingGroupSettings(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public int maxFundingBidLeads() {
        Object stored = settingsFactory.createGlobalSettings().get(MAX_FUNDING_BID_LEADS);
        if (stored instanceof String text) {
            try {
                int value = Integer.parseInt(text.trim());
                return value >= 0 ? value : DEFAULT_MAX_FUNDING_BID_LEADS;
            } catch (NumberFormatException e) {
                return DEFAULT_MAX_FUNDING_BID_LEADS;
            }
        }
        return DEFAULT_MAX_FUNDING_BID_LEADS;
    }

    /** Stores a new limit (SAL keeps strings); the admin screen that calls this is not built yet. */
    public void setMaxFundingBidLeads(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("The lead limit cannot be negative: " + max);
        }
        settingsFactory.createGlobalSettings().put(MAX_FUNDING_BID_LEADS, Integer.toString(max));
    }
}
