package org.connectedcouncils.register.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The controlled lists of publiccode.yml and the standards it names, read from the data files in
 * {@code publiccode-lists/} (one value a line; the first line, {@code # version: ...; source: ...}, names the
 * standard's version and the release or commit the list was taken from). Immutable once loaded.
 */
public final class PubliccodeVocabulary {

    /** Folder of the list files on the class path. */
    public static final String FOLDER = "/publiccode-lists/";
    /** Every list file, by name without {@code .txt}. */
    public static final List<String> LISTS = List.of("categories", "platforms", "scopes", "support-aliases",
            "software-types", "maintenance-types", "languages", "countries", "spdx-licences", "spdx-exceptions");

    public static final Set<String> CATEGORIES = values("categories");
    /** The standard's suggested platforms; publiccode.yml allows others. */
    public static final Set<String> PLATFORMS = values("platforms");
    public static final Set<String> SCOPES = values("scopes");
    public static final Set<String> SUPPORT_ALIASES = values("support-aliases");
    public static final Set<String> SOFTWARE_TYPES = values("software-types");
    public static final Set<String> MAINTENANCE_TYPES = values("maintenance-types");
    /** ISO 639 language codes a language tag may start with. */
    public static final Set<String> LANGUAGES = values("languages");
    /** ISO 3166-1 alpha-2 country codes. */
    public static final Set<String> COUNTRIES = values("countries");
    /** SPDX licence identifiers, the deprecated ones included (older files use GPL-3.0 and the like). */
    public static final Set<String> SPDX_LICENCES = values("spdx-licences");
    /** SPDX licence exception identifiers (what may follow {@code WITH}). */
    public static final Set<String> SPDX_EXCEPTIONS = values("spdx-exceptions");

    private PubliccodeVocabulary() {
    }

    /** The values of a list. */
    public static Set<String> values(String list) {
        List<String> lines = lines(list);
        return Set.copyOf(new LinkedHashSet<>(lines.subList(1, lines.size())));
    }

    /** The version a list's header names (the text between {@code version:} and {@code ;}). */
    public static String version(String list) {
        String header = lines(list).get(0);
        int start = header.indexOf("version:");
        int end = header.indexOf(';', start);
        if (!header.startsWith("#") || start < 0 || end < 0) {
            throw new IllegalStateException(list + ": first line must be '# version: ...; source: ...'");
        }
        return header.substring(start + "version:".length(), end).trim();
    }

    private static List<String> lines(String list) {
        String path = FOLDER + list + ".txt";
        try (InputStream in = PubliccodeVocabulary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
