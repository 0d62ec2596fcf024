package org.connectedcouncils.testing;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * Escapes every inserted reference as Confluence does ({@code & < > " '}), except references whose name ends in
 * {@code Html} (a variable such as {@code $bodyHtml} or a method such as {@code $view.summaryHtml()}).
 */
public final class ConfluenceLikeEscaping implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || isHtmlSafe(reference)) {
            return value;
        }
        return escape(String.valueOf(value));
    }

    /** True when the reference's last name (variable, property or method) ends in "html", ignoring case. */
    static boolean isHtmlSafe(String reference) {
        String r = reference.replace("$", "").replace("!", "").replace("{", "").replace("}", "");
        int paren = r.lastIndexOf('(');
        if (r.endsWith(")") && paren > 0) {
            r = r.substring(0, paren);
            int open = r.lastIndexOf('(');
            while (open >= 0 && r.indexOf(')', open) < 0) {
                r = r.substring(0, open);
                open = r.lastIndexOf('(');
            }
        }
        String name = r.substring(r.lastIndexOf('.') + 1);
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("html");
    }

    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
