package org.connectedcouncils.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import org.connectedcouncils.testing.PropertiesMessages;

/**
 * The Welsh texts ({@code *_cy_GB.properties}) keep up with the English ones: every key translated, no English left
 * in place (but for an allowlist with reasons), the same {@code {n}} arguments, valid MessageFormat with every
 * apostrophe doubled (Confluence formats every value), and plain ASCII so it reads the same as ISO-8859-1 or UTF-8.
 */
@RunWith(Parameterized.class)
public class WelshTranslationTest {

    private static final String ALLOWLIST = "/i18n/welsh-same-as-english.properties";
    private static final Locale WELSH = Locale.forLanguageTag("cy-GB");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private final String english;
    private final String welsh;
    private final boolean formatted;

    public WelshTranslationTest(String english, String welsh, boolean formatted) {
        this.english = english;
        this.welsh = welsh;
        this.formatted = formatted;
    }

    /** The app's texts, which Confluence runs through MessageFormat, and the preview frame's, shown as they are. */
    @Parameters(name = "{1}")
    public static List<Object[]> files() {
        return List.of(
                new Object[] {"/i18n/connected-councils.properties", "/i18n/connected-councils_cy_GB.properties",
                    true},
                new Object[] {"/preview/preview.properties", "/preview/preview_cy_GB.properties", false});
    }

    @Test
    public void everyEnglishKey_hasAWelshText_andNoOther() {
        Properties en = PropertiesMessages.load(english);
        Properties cy = PropertiesMessages.load(welsh);

        TreeSet<String> missing = new TreeSet<>(en.stringPropertyNames());
        missing.removeAll(cy.stringPropertyNames());
        TreeSet<String> extra = new TreeSet<>(cy.stringPropertyNames());
        extra.removeAll(en.stringPropertyNames());

        assertThat(missing).as("English keys missing from %s", welsh).isEmpty();
        assertThat(extra).as("keys of %s that the English file no longer has", welsh).isEmpty();
    }

    @Test
    public void noWelshText_keepsTheEnglish_butTheAllowlisted() {
        Properties en = PropertiesMessages.load(english);
        Properties cy = PropertiesMessages.load(welsh);
        Properties allowed = PropertiesMessages.load(ALLOWLIST);
        List<String> untranslated = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            String cyValue = cy.getProperty(key);
            boolean same = en.getProperty(key).equals(cyValue);
            if (same && !allowed.containsKey(key) && hasWords(cyValue)) {
                untranslated.add(key + "=" + cyValue);
            }
            if (!same && allowed.containsKey(key) && cyValue != null) {
                stale.add(key);
            }
        }

        assertThat(untranslated).as("Welsh values equal to the English (translate, or list in %s)", ALLOWLIST)
                .isEmpty();
        assertThat(stale).as("allowlisted keys whose Welsh now differs (drop them from %s)", ALLOWLIST).isEmpty();
    }

    @Test
    public void everyWelshText_hasTheArgumentsOfTheEnglish() {
        Properties en = PropertiesMessages.load(english);
        Properties cy = PropertiesMessages.load(welsh);
        List<String> differing = new ArrayList<>();
        for (String key : cy.stringPropertyNames()) {
            TreeSet<String> enArguments = arguments(en.getProperty(key));
            TreeSet<String> cyArguments = arguments(cy.getProperty(key));
            if (en.containsKey(key) && !enArguments.equals(cyArguments)) {
                differing.add(key + ": " + enArguments + " <> " + cyArguments);
            }
        }

        assertThat(differing).isEmpty();
    }

    @Test
    public void everyWelshText_isValidMessageFormat_whereTheEnglishIs() {
        Properties en = PropertiesMessages.load(english);
        Properties cy = PropertiesMessages.load(welsh);
        List<String> invalid = new ArrayList<>();
        for (String key : cy.stringPropertyNames()) {
            if (formatted && en.containsKey(key) && formats(en.getProperty(key)) && !formats(cy.getProperty(key))) {
                invalid.add(key + "=" + cy.getProperty(key));
            }
        }

        assertThat(invalid).isEmpty();
    }

    /** A lone apostrophe starts a quoted part in MessageFormat and vanishes: o'r would show as or. */
    @Test
    public void everyWelshApostrophe_isDoubled() {
        Properties cy = PropertiesMessages.load(welsh);
        List<String> lone = new ArrayList<>();
        for (String key : cy.stringPropertyNames()) {
            if (formatted && cy.getProperty(key).replace("''", "").contains("'")) {
                lone.add(key + "=" + cy.getProperty(key));
            }
        }

        assertThat(lone).isEmpty();
    }

    @Test
    public void welshFile_isAscii_withUnicodeEscapes() throws IOException {
        byte[] bytes;
        try (InputStream in = WelshTranslationTest.class.getResourceAsStream(welsh)) {
            assertThat(in).as(welsh).isNotNull();
            bytes = in.readAllBytes();
        }
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0x09 || bytes[i] > 0x7e) {
                offsets.add(i);
            }
        }

        assertThat(offsets).as("non-ASCII bytes in %s (write them as \\uXXXX)", welsh).isEmpty();
    }

    /** The argument numbers of a text; in a MessageFormat pattern, those outside quoted parts. */
    private TreeSet<String> arguments(String text) {
        TreeSet<String> out = new TreeSet<>();
        if (text == null) {
            return out;
        }
        Matcher m = ARGUMENT.matcher(formatted ? text.replaceAll("'[^']*'", "") : text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static boolean formats(String pattern) {
        try {
            new MessageFormat(pattern, WELSH).format(new Object[] {1, 2, 3, 4});
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean hasWords(String value) {
        return value.replaceAll("\\{[^}]*}", "").matches("(?s).*\\p{L}{2,}.*");
    }
}
