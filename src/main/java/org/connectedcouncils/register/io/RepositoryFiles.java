package org.connectedcouncils.register.io;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.connectedcouncils.common.io.ImportError;

/**
 * The checks of a synced publiccode.yml that need its repository's files: {@code logo}, {@code monochromeLogo} and
 * every {@code description.*.screenshots} entry, resolved against the file's own URL (or given as https addresses),
 * must exist and be an image of the format their name says (logo SVG, SVGZ or PNG; screenshot PNG or JPEG), as the
 * publiccode.yml reference parser requires. Each is read through the sync's own {@link PubliccodeFetch} (the same
 * address rules, time limit and redirect limit), only its first {@value PubliccodeFetch#SNIFF_BYTES} bytes, at
 * most {@value #MAX_FILES} distinct files per sync, and all of them within {@link #BUDGET}: each read gets what is
 * left of it (never more than the fetch's own limit). Files past the count or the time are named in one note each,
 * never a reason to fail the sync; so is a file whose read the budget cut short (logos included: they are read first,
 * so only a {@code monochromeLogo} after a slow {@code logo} can be cut), as it was not found wanting, only unread.
 */
public final class RepositoryFiles {

    /** Distinct files read per sync at most (each read may take up to the fetch's time limit). */
    public static final int MAX_FILES = 10;
    /** Time for reading all of one sync's files (with the 10 s file fetch, a sync takes at most about 30 s). */
    public static final Duration BUDGET = Duration.ofSeconds(20);
    /** A file that could not be read or was refused: the fetch's reason is appended. */
    static final String FILE = "connected-councils.publiccode.sync.file.";
    /** A file whose first bytes are not the format its name says. */
    static final String NOT_IMAGE = FILE + "notImage";
    /** Files past the bound, not checked: a note, never a reason to fail the sync. */
    static final String UNCHECKED = FILE + "unchecked";
    /** Files not read, or cut short, because the sync's {@link #BUDGET} was spent: a note too. */
    static final String UNCHECKED_TIME = FILE + "uncheckedTime";

    /** The problems (the file is then invalid) and notes (said, not failing) of one check. */
    record Checked(List<ImportError> problems, List<ImportError> notes) {
    }

    private record Named(String field, String value, List<Format> formats) {
    }

    /** One file read: its first bytes, or why it could not be read, or that the budget cut the read short. */
    private record Read(byte[] start, PubliccodeFetch.Refused refused, boolean cutShort) {
    }

    private final PubliccodeFetch fetch;
    private final Duration budget;

    public RepositoryFiles(PubliccodeFetch fetch) {
        this(fetch, BUDGET);
    }

    /** The checks with another time budget (tests of the budget itself). */
    RepositoryFiles(PubliccodeFetch fetch, Duration budget) {
        this.fetch = fetch;
        this.budget = budget;
    }

    /** Whether an import warning is one of these checks' notes (recorded with a sync that succeeded). */
    static boolean isNote(ImportError warning) {
        return UNCHECKED.equals(warning.code()) || UNCHECKED_TIME.equals(warning.code());
    }

    /** Checks the files the (valid) file names, resolving relative paths against {@code source}. */
    Checked check(YamlTree tree, URI source) {
        long budgetEnd = System.nanoTime() + budget.toNanos();
        List<Named> named = named(tree);
        List<ImportError> problems = new ArrayList<>();
        Map<String, Read> read = new LinkedHashMap<>();
        List<Named> pastBound = new ArrayList<>();
        List<Named> outOfTime = new ArrayList<>();
        for (Named file : named) {
            String address;
            try {
                address = source.resolve(new URI(file.value().strip())).toString();
            } catch (URISyntaxException | IllegalArgumentException e) {
                problems.add(problem(tree, file, FILE + PubliccodeFetch.BAD_URL, file.value(), ""));
                continue;
            }
            if (!read.containsKey(address)) {
                if (read.size() >= MAX_FILES) {
                    pastBound.add(file);
                    continue;
                }
                if (System.nanoTime() - budgetEnd >= 0) {
                    outOfTime.add(file);
                    continue;
                }
                read.put(address, start(address, budgetEnd));
            }
            Read outcome = read.get(address);
            if (outcome.cutShort()) {
                outOfTime.add(file);
            } else if (outcome.refused() != null) {
                PubliccodeFetch.Refused refused = outcome.refused();
                problems.add(problem(tree, file, FILE + refused.reason(), file.value(),
                        refused.detail() == null ? "" : refused.detail()));
            } else if (file.formats().stream().noneMatch(f -> f.matches(outcome.start()))) {
                problems.add(problem(tree, file, NOT_IMAGE, file.value(), expected(file)));
            }
        }
        List<ImportError> notes = new ArrayList<>();
        note(tree, pastBound, UNCHECKED, MAX_FILES, notes);
        note(tree, outOfTime, UNCHECKED_TIME, budget.toSeconds(), notes);
        return new Checked(problems, notes);
    }

    /** One note at the first file left unchecked for one reason: the bound ({@code limit}) and how many. */
    private static void note(YamlTree tree, List<Named> unchecked, String code, long limit, List<ImportError> notes) {
        if (!unchecked.isEmpty()) {
            String field = unchecked.get(0).field();
            notes.add(ImportError.of(field, tree.lineOf(field), code, String.valueOf(limit),
                    String.valueOf(unchecked.size())));
        }
    }

    /** The file's first bytes within what is left of the budget; cut short when it timed out at the budget's end. */
    private Read start(String address, long budgetEnd) {
        long ownEnd = System.nanoTime() + fetch.timeout().toNanos();
        try {
            return new Read(fetch.start(address, budgetEnd).body(), null, false);
        } catch (PubliccodeFetch.Refused refused) {
            boolean cutShort = PubliccodeFetch.TIMED_OUT.equals(refused.reason()) && budgetEnd - ownEnd < 0;
            return new Read(null, refused, cutShort);
        }
    }

    private static ImportError problem(YamlTree tree, Named file, String code, String value, String detail) {
        return ImportError.of(file.field(), tree.lineOf(file.field()), code, value, detail);
    }

    /** The logos, then every language's screenshots, in the file's order. */
    private static List<Named> named(YamlTree tree) {
        List<Named> named = new ArrayList<>();
        for (String key : List.of("logo", "monochromeLogo")) {
            if (tree.get(key) instanceof String logo && !logo.isBlank()) {
                named.add(new Named(key, logo, Format.of(logo, List.of(Format.SVG, Format.SVGZ, Format.PNG))));
            }
        }
        if (tree.get("description") instanceof Map<?, ?> languages) {
            for (Map.Entry<?, ?> language : languages.entrySet()) {
                if (language.getValue() instanceof Map<?, ?> text && text.get("screenshots") instanceof List<?> shots) {
                    for (int i = 0; i < shots.size(); i++) {
                        if (shots.get(i) instanceof String shot && !shot.isBlank()) {
                            named.add(new Named("description." + language.getKey() + ".screenshots[" + i + "]", shot,
                                    Format.of(shot, List.of(Format.PNG, Format.JPEG))));
                        }
                    }
                }
            }
        }
        return named;
    }

    private static String expected(Named file) {
        return String.join(", ", file.formats().stream().map(Format::label).toList());
    }

    /** An image format a repository file may have, told by its first bytes. */
    enum Format {
        PNG("PNG", ".png"), JPEG("JPEG", ".jpg", ".jpeg"), SVG("SVG", ".svg"), SVGZ("SVGZ", ".svgz");

        private final String label;
        private final List<String> extensions;

        Format(String label, String... extensions) {
            this.label = label;
            this.extensions = List.of(extensions);
        }

        String label() {
            return label;
        }

        /** The format the value's name says, among those allowed; all of them when the name says none. */
        static List<Format> of(String value, List<Format> allowed) {
            String name = value.toLowerCase(Locale.ROOT).replaceFirst("[?#].*$", "");
            List<Format> named = allowed.stream().filter(f -> f.extensions.stream().anyMatch(name::endsWith)).toList();
            return named.isEmpty() ? allowed : named;
        }

        boolean matches(byte[] b) {
            return switch (this) {
                case PNG -> starts(b, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a);
                case JPEG -> starts(b, 0xff, 0xd8, 0xff);
                case SVGZ -> starts(b, 0x1f, 0x8b);
                case SVG -> isSvg(b);
            };
        }

        private static boolean starts(byte[] bytes, int... expected) {
            if (bytes.length < expected.length) {
                return false;
            }
            for (int i = 0; i < expected.length; i++) {
                if ((bytes[i] & 0xff) != expected[i]) {
                    return false;
                }
            }
            return true;
        }

        /** XML markup (after any byte-order mark and spaces) with an svg element, and no HTML page around it. */
        private static boolean isSvg(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8).replace("\ufeff", "").stripLeading();
            String lower = text.toLowerCase(Locale.ROOT);
            int svg = lower.indexOf("<svg");
            int html = lower.indexOf("<html");
            return text.startsWith("<") && svg >= 0 && (html < 0 || html > svg);
        }
    }
}
