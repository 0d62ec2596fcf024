package org.connectedcouncils.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;

import org.connectedcouncils.common.i18n.Messages;

/**
 * {@link Messages} read straight from {@code i18n/connected-councils.properties} and formatted with
 * {@link MessageFormat}, as Confluence does; for tests and the local preview. In Welsh (a {@code cy} locale) a key
 * comes from {@code connected-councils_cy_GB.properties}, falling back to English like a ResourceBundle. A key
 * missing from the English file fails loudly.
 */
public final class PropertiesMessages implements Messages {

    public static final String RESOURCE = "/i18n/connected-councils.properties";
    public static final String WELSH_RESOURCE = "/i18n/connected-councils_cy_GB.properties";

    private final Properties properties;
    private final Properties welsh;
    private final Supplier<Locale> locale;

    /** English texts, whatever the request. */
    public PropertiesMessages() {
        this(() -> Locale.UK);
    }

    /** Texts in the language {@code locale} gives at each call, e.g. the current request's. */
    public PropertiesMessages(Supplier<Locale> locale) {
        this.properties = load();
        this.welsh = load(WELSH_RESOURCE);
        this.locale = locale;
    }

    /** The shipped properties file, read as UTF-8. */
    public static Properties load() {
        return load(RESOURCE);
    }

    /** The same texts in {@code locale} (the recipient's language of an e-mail); null keeps these. */
    @Override
    public Messages in(Locale fixed) {
        return fixed == null ? this : new PropertiesMessages(properties, welsh, () -> fixed);
    }

    private PropertiesMessages(Properties properties, Properties welsh, Supplier<Locale> locale) {
        this.properties = properties;
        this.welsh = welsh;
        this.locale = locale;
    }

    /** A properties file of the class path, read as UTF-8. */
    public static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = PropertiesMessages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
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
        Locale current = locale.get();
        String pattern = properties.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No i18n text for key " + key);
        }
        if ("cy".equals(current.getLanguage())) {
            pattern = welsh.getProperty(key, pattern);
        }
        return new MessageFormat(pattern, current).format(arguments == null ? new Object[0] : arguments);
    }
}
