// Stand-in mirroring com.atlassian.sal:sal-api (platform 8); signatures only.
package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

public interface I18nResolver {

    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getRawText(String key);

    /** The text in {@code locale} rather than the current user's (SAL 3.0+, e.g. sal-core's AbstractI18nResolver). */
    String getText(Locale locale, String key, Serializable... arguments);
}
