// Stand-in mirroring com.atlassian.confluence.plugins:confluence-create-content-plugin (Confluence 10.2); signatures only.
package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import java.util.Map;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;

public abstract class AbstractBlueprintContextProvider implements ContextProvider {

    @Override
    public native void init(Map<String, String> params) throws PluginParseException;

    @Override
    public final native Map<String, Object> getContextMap(Map<String, Object> context);

    protected abstract BlueprintContext updateBlueprintContext(BlueprintContext context);
}
