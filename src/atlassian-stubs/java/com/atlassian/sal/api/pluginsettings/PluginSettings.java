// Stand-in mirroring com.atlassian.sal:sal-api (platform 8); signatures only.
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettings {

    Object get(String key);

    Object put(String key, Object value);
}
