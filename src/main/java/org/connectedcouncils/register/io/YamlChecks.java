package org.connectedcouncils.register.io;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.connectedcouncils.common.io.ImportError;

/**
 * Typed reading of a YAML tree's keys, each reporting what it finds wrong (missing, wrong type, not one of the
 * allowed values, too short or too long, not a URL or date) under the key's path and on the key's line.
 */
final class YamlChecks {

    static final String P = "connected-councils.io.publiccode.";
    static final String REQUIRED = P + "required";
    static final String WRONG_TYPE = P + "wrongType";
    static final String NOT_ONE_OF = P + "notOneOf";
    static final String TOO_LONG = P + "tooLong";
    static final String TOO_SHORT = P + "tooShort";
    static final String NOT_URL = P + "notUrl";
    static final String NOT_DATE = P + "notDate";
    static final String EMPTY_LIST = P + "emptyList";
    static final String NOT_IN_LIST = P + "notInList";
    static final String NOT_EMAIL = P + "notEmail";
    static final String NOT_MIME_TYPE = P + "notMimeType";
    static final String BAD_FILE = P + "badFile";

    /** The e-mail shape the reference parser's validator accepts, near enough: local part, @, dotted domain. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\"<>(),;:\\[\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*"
            + "[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    /** RFC 2045 type/subtype (the pattern the reference parser takes from jshttp/media-typer). */
    private static final Pattern MIME_TYPE = Pattern.compile(
            " *[A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126} *");

    private final YamlTree tree;
    private final List<ImportError> errors = new ArrayList<>();
    private final Map<Object, Integer> indexes = new IdentityHashMap<>();

    YamlChecks(YamlTree tree) {
        this.tree = tree;
    }

    /** Every error reported so far, in the order found. */
    List<ImportError> errors() {
        return errors;
    }

    /**
     * A text of {@code min} to {@code max} characters, counted as user-perceived characters ({@link Graphemes}); null
     * is left to the key's own check.
     */
    void length(String path, String value, int min, int max) {
        if (value == null) {
            return;
        }
        int length = Graphemes.count(value);
        if (length < min) {
            error(path, TOO_SHORT, min, length);
        } else if (length > max) {
            error(path, TOO_LONG, max, length);
        }
    }

    /** A value of one of the controlled lists ({@code list} names it in the message). */
    void inList(String path, String value, String list, Collection<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            error(path, NOT_IN_LIST, value, list);
        }
    }

    void email(Map<String, Object> map, String parent, String key) {
        String value = string(map, parent, key, false);
        if (value != null && !EMAIL.matcher(value).matches()) {
            error(join(parent, key), NOT_EMAIL, value);
        }
    }

    void mimeType(String path, String value) {
        if (!MIME_TYPE.matcher(value).matches()) {
            error(path, NOT_MIME_TYPE, value);
        }
    }

    /**
     * A file of the software's repository: a relative path or an http(s) address whose name ends in one of the
     * extensions; absolute paths and file: addresses are refused. Whether the file exists is not checked here.
     */
    void file(String path, String value, List<String> extensions) {
        if (value == null) {
            return;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        String name = lower.replaceFirst("[?#].*$", "");
        boolean web = lower.startsWith("http://") || lower.startsWith("https://");
        boolean local = !web && !lower.startsWith("/") && !lower.matches("^[a-z][a-z0-9+.-]*:.*");
        if ((!web && !local) || (web && !isUrl(value, true)) || extensions.stream().noneMatch(name::endsWith)) {
            error(path, BAD_FILE, value, String.join(", ", extensions));
        }
    }

    String string(Map<String, Object> map, String parent, String key, boolean required) {
        String path = join(parent, key);
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                error(path, REQUIRED);
            }
            return null;
        }
        if (!(value instanceof String s)) {
            error(path, WRONG_TYPE, "text");
            return null;
        }
        if (required && s.isBlank()) {
            error(path, REQUIRED);
            return null;
        }
        return s;
    }

    void bool(Map<String, Object> map, String parent, String key, boolean required) {
        Object value = map.get(key);
        if (value == null && required) {
            error(join(parent, key), REQUIRED);
        } else if (value != null && !(value instanceof Boolean)) {
            error(join(parent, key), WRONG_TYPE, "true/false");
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(Map<String, Object> map, String parent, String key, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                error(join(parent, key), REQUIRED);
            }
            return null;
        }
        if (!(value instanceof Map<?, ?>)) {
            error(join(parent, key), WRONG_TYPE, "map");
            return null;
        }
        return (Map<String, Object>) value;
    }

    List<String> stringList(Map<String, Object> map, String parent, String key, boolean required,
            boolean nonEmpty) {
        String path = join(parent, key);
        List<?> list = list(map, path, key, required, nonEmpty);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof String s) {
                out.add(s);
            } else {
                error(path + "[" + i + "]", WRONG_TYPE, "text");
            }
        }
        return out;
    }

    /** The maps of a list, each remembered with its path so callers can name their keys. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> mapList(Map<String, Object> map, String parent, String key, boolean required) {
        String path = join(parent, key);
        List<?> list = list(map, path, key, required, required);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> item) {
                indexes.put(item, i);
                out.add((Map<String, Object>) item);
            } else {
                error(path + "[" + i + "]", WRONG_TYPE, "map");
            }
        }
        return out;
    }

    /** The list at {@code key}, or an empty one when it is missing or not a list (each reported as it applies). */
    private List<?> list(Map<String, Object> map, String path, String key, boolean required, boolean nonEmpty) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                error(path, REQUIRED);
            }
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            error(path, WRONG_TYPE, "list");
            return List.of();
        }
        if (nonEmpty && list.isEmpty()) {
            error(path, EMPTY_LIST);
        }
        return list;
    }

    String pathOf(Map<String, Object> item, String listPath) {
        return listPath + "[" + indexes.get(item) + "]";
    }

    String oneOf(Map<String, Object> map, String parent, String key, Collection<String> allowed,
            boolean required) {
        String value = string(map, parent, key, required);
        if (value != null && !allowed.contains(value)) {
            error(join(parent, key), NOT_ONE_OF, value, String.join(", ", allowed));
            return null;
        }
        return value;
    }

    void oneOf(String path, String value, Collection<String> allowed) {
        if (!allowed.contains(value)) {
            error(path, NOT_ONE_OF, value, String.join(", ", allowed.stream().sorted().toList()));
        }
    }

    void url(Map<String, Object> map, String parent, String key, boolean required, boolean webOnly) {
        String value = string(map, parent, key, required);
        if (value != null && !isUrl(value, webOnly)) {
            error(join(parent, key), NOT_URL, value);
        }
    }

    void date(Map<String, Object> map, String parent, String key, boolean required) {
        String value = string(map, parent, key, required);
        if (value == null) {
            return;
        }
        try {
            if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException(value, value, 0);
            }
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(join(parent, key), NOT_DATE, value);
        }
    }

    /** An absolute URI with a scheme (and, for web addresses, http(s) and a host). */
    static boolean isUrl(String value, boolean webOnly) {
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (webOnly) {
                return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            }
            return !scheme.isEmpty() && (uri.isOpaque() || uri.getHost() != null);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String join(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    void error(String path, String code, Object... arguments) {
        errors.add(ImportError.of(path, tree.lineOf(path), code, arguments));
    }
}
