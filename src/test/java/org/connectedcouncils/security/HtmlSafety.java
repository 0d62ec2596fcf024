package org.connectedcouncils.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads rendered HTML the way a browser tokenises tags (no parser is on the test classpath) and names what would
 * run: a script-capable element, an {@code on*} attribute, a {@code javascript:}/{@code data:} address in a URL
 * attribute (after entity decoding and dropping whitespace and control characters), or evaluated template text.
 */
final class HtmlSafety {

    private static final Pattern TAG =
            Pattern.compile("<\\s*([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([^\\s\"'=<>/]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
    private static final Set<String> RUNNABLE = Set.of("script", "iframe", "frame", "object", "embed", "base",
            "math", "mglyph", "details", "applet", "link", "img", "video", "audio", "marquee", "isindex");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "poster", "background", "data", "srcdoc");
    private static final Pattern NUMERIC = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,7})|([0-9]{1,8}));?");

    private HtmlSafety() {
    }

    /** What in {@code html} would run in a browser; empty when nothing would. */
    static List<String> problems(String html, Set<String> allowedTags) {
        List<String> problems = new ArrayList<>();
        if (html.contains(XssPayloads.EVALUATED)) {
            problems.add("template evaluated: " + XssPayloads.EVALUATED);
        }
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            if (RUNNABLE.contains(name) && !allowedTags.contains(name)) {
                problems.add("element <" + name + "> at " + tag.start() + ": " + excerpt(tag.group()));
            }
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                String attr = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = attribute.group(2) == null ? "" : unquote(attribute.group(2));
                if (attr.startsWith("on")) {
                    problems.add("event handler " + attr + " on <" + name + ">: " + excerpt(tag.group()));
                }
                if (URL_ATTRIBUTES.contains(attr) && dangerousUrl(value)) {
                    problems.add("script address in " + attr + " on <" + name + ">: " + excerpt(tag.group()));
                }
            }
        }
        return problems;
    }

    /** True when the browser would read the address as javascript:, vbscript: or data:. */
    static boolean dangerousUrl(String raw) {
        String decoded = decode(raw);
        StringBuilder squeezed = new StringBuilder();
        for (char c : decoded.toCharArray()) {
            if (c > ' ') {
                squeezed.append(Character.toLowerCase(c));
            }
        }
        String url = squeezed.toString();
        return url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("data:");
    }

    private static String decode(String raw) {
        Matcher m = NUMERIC.matcher(raw.replace("&colon;", ":").replace("&Tab;", "\t").replace("&NewLine;", "\n")
                .replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long code = m.group(1) != null ? Long.parseLong(m.group(1), 16) : Long.parseLong(m.group(2));
            String character = code <= Character.MAX_CODE_POINT ? new String(Character.toChars((int) code)) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(character));
        }
        m.appendTail(out);
        return out.toString().replace("&amp;", "&");
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'');
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    private static String excerpt(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
