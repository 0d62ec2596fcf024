// Stand-in mirroring com.atlassian.sal:sal-api (platform 8); signatures only.
package com.atlassian.sal.api;

public enum UrlMode {
    ABSOLUTE
}
