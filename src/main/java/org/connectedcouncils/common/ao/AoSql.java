package org.connectedcouncils.common.ao;

import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * SQL details every Active Objects store needs, knowing no feature's tables: IN-list placeholders and recognising a
 * unique-key violation.
 */
public final class AoSql {

    /** SQLSTATE of a unique-constraint violation on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE of any integrity-constraint violation on MySQL/MariaDB, Oracle and SQL Server. */
    private static final String INTEGRITY_VIOLATION = "23000";
    /**
     * Vendor codes that make {@code 23000} a duplicate key: MySQL/MariaDB ER_DUP_ENTRY 1062, Oracle ORA-00001,
     * SQL Server 2627 (unique constraint) and 2601 (unique index). Only MariaDB's is exercised by the tests.
     */
    private static final Set<Integer> DUPLICATE_KEY_CODES = Set.of(1062, 1, 2627, 2601);

    private AoSql() {
    }

    /** {@code ?,?,?} for an IN list of {@code n} values. */
    public static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    /** True when the failure (or one of its causes) is the database refusing a duplicate unique key. */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (UNIQUE_VIOLATION.equals(sql.getSQLState())
                    || INTEGRITY_VIOLATION.equals(sql.getSQLState())
                    && DUPLICATE_KEY_CODES.contains(sql.getErrorCode()))) {
                return true;
            }
        }
        return false;
    }
}
