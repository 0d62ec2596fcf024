// Stand-in mirroring com.atlassian.sal:sal-api (platform 8); signatures only.
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettingsFactory {

    PluginSettings createGlobalSettings();
}
