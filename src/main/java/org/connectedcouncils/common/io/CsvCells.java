package org.connectedcouncils.common.io;

/**
 * Guards spreadsheet cells against formula injection: a cell that begins with {@code = + - @}, a tab or a carriage
 * return is written with a leading apostrophe, which spreadsheets show as text; reading strips that apostrophe again.
 */
public final class CsvCells {

    private static final String TRIGGERS = "=+-@\t\r";

    private CsvCells() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return TRIGGERS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** Undoes {@link #neutralise} so a file exported by the register imports as it was. */
    public static String restore(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\''
                && TRIGGERS.indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }
}
