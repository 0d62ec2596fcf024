package org.connectedcouncils.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.connectedcouncils.i18n.Messages;

/** {@link Messages} read from the shipped properties file, formatted as Confluence does (MessageFormat). */
public final class PropertiesMessages implements Messages {

    public static final String RESOURCE = "/i18n/connected-councils.properties";

    private final Properties properties;

    public PropertiesMessages() {
        this.properties = load();
    }

    public static Properties load() {
        Properties p = new Properties();
        try (InputStream in = PropertiesMessages.class.getResourceAsStream(RESOURCE)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Override
    public String text(String key, Object... args) {
        String pattern = properties.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No i18n key " + key);
        }
        return new MessageFormat(pattern, Locale.UK).format(args);
    }
}
