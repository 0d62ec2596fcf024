package org.connectedcouncils.preview;

import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;

import org.connectedcouncils.testing.PropertiesMessages;

/**
 * Text of the preview's own frame (not part of the app), from preview/preview.properties, or in Welsh from
 * preview/preview_cy_GB.properties, following the request's language.
 */
public final class PreviewText {

    private final Properties english = PropertiesMessages.load("/preview/preview.properties");
    private final Properties welsh = PropertiesMessages.load("/preview/preview_cy_GB.properties");
    private final Supplier<Locale> locale;

    PreviewText(Supplier<Locale> locale) {
        this.locale = locale;
    }

    /** The text of a key; templates call it as {@code $text.get('key')}. */
    public String get(String key) {
        String value = english.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("No preview text for " + key);
        }
        return "cy".equals(locale.get().getLanguage()) ? welsh.getProperty(key, value) : value;
    }

    /** The request's language as an HTML {@code lang} value: {@code cy} or {@code en-GB}. */
    public String lang() {
        return "cy".equals(locale.get().getLanguage()) ? "cy" : "en-GB";
    }
}
