package org.connectedcouncils.common.domain;

/** Plain text made safe for HTML and XHTML element content and attribute values, for HTML the app writes itself. */
public final class HtmlText {

    private HtmlText() {
    }

    /** {@code value} with the five characters that matter in HTML escaped; null is the empty string. */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
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
