package org.connectedcouncils.common.i18n;

/**
 * User-visible text by i18n key from connected-councils.properties, with {@code {0}}-style arguments; implemented
 * over Confluence's I18nResolver in {@code host/} and over the properties file in tests and the local preview.
 */
public interface Messages {

    String text(String key, Object... arguments);
}
