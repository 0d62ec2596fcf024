package org.connectedcouncils.common.ao;

import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * SQL details every Active Objects store needs, knowing no feature's tables: IN-list placeholders and recognising a
 * unique-key violation.
 */
public final class AoSql {

    /** SQLSTATE of a unique-constraint violation on H2, PostgreSQL and the other databases Confluence supports. */
    private static final String UNIQUE_VIOLATION = "23505";

    private AoSql() {
    }

    /** {@code ?,?,?} for an IN list of {@code n} values. */
    public static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    /** True when the failure (or one of its causes) is the database refusing a duplicate unique key. */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
