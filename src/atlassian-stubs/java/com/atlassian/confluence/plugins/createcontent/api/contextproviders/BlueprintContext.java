// Stand-in mirroring com.atlassian.confluence.plugins:confluence-create-content-plugin (Confluence 10.2); signatures only.
package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

public class BlueprintContext {

    public native Object get(String key);

    public native void put(String key, Object value);

    public native void setTitle(String title);

    public native String getSpaceKey();
}
