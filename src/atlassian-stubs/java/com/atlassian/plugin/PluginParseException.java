// Stand-in mirroring com.atlassian.plugins:atlassian-plugins-api (platform 8); signatures only.
// Checked: docs.atlassian.com/atlassian-plugins-parent/4.4.10/xref/com/atlassian/plugin/PluginParseException.html
package com.atlassian.plugin;

public class PluginParseException extends PluginException {

    public PluginParseException() {
    }

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
