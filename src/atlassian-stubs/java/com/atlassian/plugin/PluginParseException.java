// Stand-in mirroring com.atlassian.plugins:atlassian-plugins-api (platform 8); signatures only.
package com.atlassian.plugin;

public class PluginParseException extends RuntimeException {
}
