package org.connectedcouncils.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.connectedcouncils.common.i18n.Messages;

/**
 * {@link Messages} read straight from {@code i18n/connected-councils.properties} and formatted with
 * {@link MessageFormat}, as Confluence does; for tests and the local preview. A missing key fails loudly.
 */
public final class PropertiesMessages implements Messages {

    public static final String RESOURCE = "/i18n/connected-councils.properties";

    private final Properties properties;

    public PropertiesMessages() {
        this.properties = load();
    }

    /** The shipped properties file, read as UTF-8. */
    public static Properties load() {
        Properties p = new Properties();
        try (InputStream in = PropertiesMessages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public boolean has(String key) {
        return properties.containsKey(key);
    }

    @Override
    public String text(String key, Object... arguments) {
        String pattern = properties.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No i18n text for key " + key);
        }
        return new MessageFormat(pattern, Locale.UK).format(arguments == null ? new Object[0] : arguments);
    }
}
