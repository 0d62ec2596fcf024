package org.connectedcouncils.common.domain;

import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Names in the order a reader of their language expects, through a {@link Collator}: case and accents count after
 * the letters ({@code Ŵyr} beside {@code Wal}, not after {@code Z}); in Welsh the digraphs ch, dd, ff, ll, ph, rh
 * and th are letters of their own, after c, d, f, l, p, r and t ({@code Cynllunio} before {@code Chwaraeon}). The
 * digraph ng is left as n then g: telling it apart needs a dictionary ({@code Bangor} is n+g). A new comparator
 * each call: collators are not safe to share between threads.
 */
public final class NameOrder {

    private static final Locale ENGLISH = Locale.UK;
    private static final Locale WELSH = Locale.forLanguageTag("cy-GB");
    private static final String WELSH_LETTERS = "& C < ch, Ch, CH & D < dd, Dd, DD & F < ff, Ff, FF & L < ll, Ll, LL"
            + " & P < ph, Ph, PH & R < rh, Rh, RH & T < th, Th, TH";

    private NameOrder() {
    }

    /** The order of names for a Welsh ({@code welsh}) or an English reader. */
    public static Comparator<String> of(boolean welsh) {
        Collator collator = welsh ? welsh() : Collator.getInstance(ENGLISH);
        collator.setStrength(Collator.SECONDARY);
        return (a, b) -> {
            int c = collator.compare(a == null ? "" : a, b == null ? "" : b);
            return c != 0 ? c : String.valueOf(a).compareTo(String.valueOf(b));
        };
    }

    private static Collator welsh() {
        Collator base = Collator.getInstance(WELSH);
        if (!(base instanceof RuleBasedCollator rules)) {
            return base;
        }
        try {
            return new RuleBasedCollator(rules.getRules() + WELSH_LETTERS);
        } catch (ParseException e) {
            throw new IllegalStateException("The Welsh letters do not parse as collation rules", e);
        }
    }
}
