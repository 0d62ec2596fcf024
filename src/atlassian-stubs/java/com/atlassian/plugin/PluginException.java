// Stand-in mirroring com.atlassian.plugins:atlassian-plugins-api (platform 8); signatures only.
// Checked: docs.atlassian.com/atlassian-plugins-parent/3.0.0-m30/apidocs/com/atlassian/plugin/PluginException.html
// (extends RuntimeException, unchanged through atlassian-plugins 4.x/xref).
package com.atlassian.plugin;

public class PluginException extends RuntimeException {

    public PluginException() {
    }

    public PluginException(String message) {
        super(message);
    }

    public PluginException(Throwable cause) {
        super(cause);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
