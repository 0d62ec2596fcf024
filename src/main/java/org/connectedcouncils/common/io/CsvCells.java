package org.connectedcouncils.common.io;

/**
 * Guards spreadsheet cells against formula injection: a cell that begins with {@code = + - @} (after any spaces or
 * tabs, which spreadsheets skip), a tab or a carriage return is written with a leading apostrophe, which
 * spreadsheets show as text; reading strips that apostrophe again.
 */
public final class CsvCells {

    private static final String FORMULA = "=+-@";
    private static final String CONTROL = "\t\r";

    private CsvCells() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return triggers(value) ? "'" + value : value;
    }

    /** Undoes {@link #neutralise} so a file exported by the register imports as it was. */
    public static String restore(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && triggers(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }

    /** Whether a spreadsheet could read {@code value} as a formula. */
    private static boolean triggers(String value) {
        if (CONTROL.indexOf(value.charAt(0)) >= 0) {
            return true;
        }
        int i = 0;
        while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
            i++;
        }
        return i < value.length() && FORMULA.indexOf(value.charAt(i)) >= 0;
    }
}
