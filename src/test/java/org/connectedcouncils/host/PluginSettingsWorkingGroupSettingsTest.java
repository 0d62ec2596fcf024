package org.connectedcouncils.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnitRunner;

/** The funding-bid lead limit as stored in SAL plugin settings. */
@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class PluginSettingsWorkingGroupSettingsTest {

    @Mock
    private PluginSettingsFactory factory;
    @Mock
    private PluginSettings settings;

    private PluginSettingsWorkingGroupSettings target;

    @Before
    public void setUp() {
        target = new PluginSettingsWorkingGroupSettings(factory);
    }

    private void useGlobalSettings() {
        when(factory.createGlobalSettings()).thenReturn(settings);
    }

    @Test
    public void maxFundingBidLeads_isTwoWhenNothingIsStored() {
        useGlobalSettings();

        assertThat(target.maxFundingBidLeads()).isEqualTo(2);
    }

    @Test
    public void maxFundingBidLeads_readsTheStoredValue() {
        useGlobalSettings();
        when(settings.get(PluginSettingsWorkingGroupSettings.MAX_FUNDING_BID_LEADS)).thenReturn(" 3 ");

        assertThat(target.maxFundingBidLeads()).isEqualTo(3);
    }

    @Test
    public void maxFundingBidLeads_fallsBackToTheDefaultForUnusableValues() {
        useGlobalSettings();
        when(settings.get(PluginSettingsWorkingGroupSettings.MAX_FUNDING_BID_LEADS)).thenReturn("lots", "-1");

        assertThat(target.maxFundingBidLeads()).isEqualTo(2);
        assertThat(target.maxFundingBidLeads()).isEqualTo(2);
    }

    @Test
    public void setMaxFundingBidLeads_storesItAsText() {
        useGlobalSettings();

        target.setMaxFundingBidLeads(4);

        verify(settings).put(PluginSettingsWorkingGroupSettings.MAX_FUNDING_BID_LEADS, "4");
    }

    @Test
    public void setMaxFundingBidLeads_rejectsNegativeLimits() {
        assertThatThrownBy(() -> target.setMaxFundingBidLeads(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
