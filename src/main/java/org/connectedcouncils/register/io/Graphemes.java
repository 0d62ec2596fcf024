package org.connectedcouncils.register.io;

/**
 * Counts user-perceived characters (Unicode extended grapheme clusters, UAX #29) the way the reference
 * publiccode.yml parser measures lengths: a combining accent, an emoji modifier or variation selector, a ZWJ emoji
 * sequence (👨‍👩‍👧‍👦) and a flag (two regional indicators) each count once. Java 17's {@code \X} and BreakIterator
 * split ZWJ sequences, so the rules that matter for text are applied here.
 */
final class Graphemes {

    private static final int ZWJ = 0x200D;

    private Graphemes() {
    }

    static int count(String text) {
        int clusters = 0;
        int previous = -1;
        int regionalRun = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean regional = cp >= 0x1F1E6 && cp <= 0x1F1FF;
            boolean joins = previous != -1 && (extend(cp) || previous == ZWJ
                    || (previous == '\r' && cp == '\n') || (regional && regionalRun % 2 == 1));
            if (!joins) {
                clusters++;
            }
            regionalRun = regional ? regionalRun + 1 : 0;
            previous = cp;
        }
        return clusters;
    }

    /** Code points that never start a cluster: marks, joiners, variation selectors, emoji modifiers, tags. */
    private static boolean extend(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == ZWJ || cp == 0x200C
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                || (cp >= 0xE0020 && cp <= 0xE007F) || (cp >= 0xE0100 && cp <= 0xE01EF)
                || (cp >= 0x1160 && cp <= 0x11FF);
    }
}
