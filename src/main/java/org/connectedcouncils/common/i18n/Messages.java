package org.connectedcouncils.common.i18n;

import java.util.Locale;

/**
 * User-visible text by i18n key from connected-councils.properties, with {@code {0}}-style arguments; implemented
 * over Confluence's I18nResolver in {@code host/} and over the properties file in tests and the local preview.
 */
public interface Messages {

    String text(String key, Object... arguments);

    /**
     * The same texts in {@code locale} instead of the current user's: for what is written away from the reader's
     * request, e.g. an e-mail in its recipient's language. A null locale answers these texts unchanged; so does an
     * implementation that knows one language only.
     */
    default Messages in(Locale locale) {
        return this;
    }
}
