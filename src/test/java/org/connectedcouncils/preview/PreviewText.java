package org.connectedcouncils.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Text of the preview's own frame (not part of the app), from preview/preview.properties. */
public final class PreviewText {

    private final Properties properties = new Properties();

    PreviewText() {
        try (InputStream in = PreviewText.class.getResourceAsStream("/preview/preview.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a key; templates call it as {@code $text.get('key')}. */
    public String get(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("No preview text for " + key);
        }
        return value;
    }
}
