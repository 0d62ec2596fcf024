// Stand-in mirroring com.atlassian.plugins:atlassian-plugins-webfragment-api (platform 8); signatures only.
package com.atlassian.plugin.web;

import java.util.Map;

import com.atlassian.plugin.PluginParseException;

public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
