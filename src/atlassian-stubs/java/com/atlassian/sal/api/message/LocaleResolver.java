// Stand-in mirroring com.atlassian.sal:sal-api (platform 8); signatures only: the member the app calls.
// Verified from the SAL API javadoc (ConfluenceLocaleResolver implements LocaleResolver.getLocale(UserKey), since
// SAL 3.0 / Confluence 5.2, still in Confluence 10's SAL).
package com.atlassian.sal.api.message;

import java.util.Locale;

import com.atlassian.sal.api.user.UserKey;

public interface LocaleResolver {

    /** The locale the user chose in their profile, else the site's default. */
    Locale getLocale(UserKey userKey);
}
