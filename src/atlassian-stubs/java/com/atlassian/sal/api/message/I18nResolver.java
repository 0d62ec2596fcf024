// Stand-in mirroring com.atlassian.sal:sal-api (platform 8); signatures only.
package com.atlassian.sal.api.message;

public interface I18nResolver {

    String getText(String key);
}
