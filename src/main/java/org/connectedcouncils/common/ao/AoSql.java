package org.connectedcouncils.common.ao;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.connectedcouncils.common.domain.Refusal;

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

    /**
     * Most values one IN list may hold: Oracle refuses more than 1,000 expressions in a list (ORA-01795), and SQL
     * Server more than 2,100 parameters in a statement. Every caller passes a page (at most 100) or a bounded set.
     */
    public static final int MAX_IN_LIST = 1000;

    /** {@code values} cut into lists of at most {@value #MAX_IN_LIST}, in order, one IN list (statement) each. */
    public static <T> List<List<T>> inLists(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> lists = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_IN_LIST) {
            lists.add(all.subList(from, Math.min(all.size(), from + MAX_IN_LIST)));
        }
        return lists;
    }

    /**
     * {@code (column IN (?,...) OR column IN (?,...))}: {@code values}, in order, as ONE condition of one statement,
     * cut into IN lists of at most {@value #MAX_IN_LIST} joined by OR; adds the values to {@code params}. For a paged
     * read (page and count) that cannot be cut into statements; any other read takes one statement per
     * {@link #inLists} list. {@code values} must not be empty (an empty IN list is no SQL). Every value is still a
     * parameter of the one statement: SQL Server takes at most 2,100, so its bound there is about 2,000 values (the
     * callers pass directory-sized sets: a reader's councils, a page's owners).
     */
    public static String inAnyList(String column, Collection<?> values, List<Object> params) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("An IN list holds at least one value");
        }
        List<String> lists = new ArrayList<>();
        for (List<?> some : inLists(values)) {
            lists.add(column + " IN (" + placeholders(some.size()) + ")");
            params.addAll(some);
        }
        return "(" + String.join(" OR ", lists) + ")";
    }

    /** {@code ?,?,?} for an IN list of {@code n} values, at most {@value #MAX_IN_LIST}. */
    public static String placeholders(int n) {
        if (n > MAX_IN_LIST) {
            throw new IllegalArgumentException("An IN list holds at most " + MAX_IN_LIST + " values, not " + n);
        }
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

    /**
     * Runs a write; when the database refuses it for a duplicate unique key (another request or node wrote first),
     * answers {@code instead} (which may throw the refusal that fits) in place of the write's own answer.
     */
    public static <T> T onDuplicate(Supplier<T> write, Supplier<T> instead) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                return instead.get();
            }
            throw e;
        }
    }

    /** Runs a write, turning a unique-key violation into a {@link Refusal.Conflict} named by {@code reason}. */
    public static <T> T uniqueOrConflict(String reason, Supplier<T> write) {
        return onDuplicate(write, () -> {
            throw new Refusal.Conflict(reason);
        });
    }

    /**
     * Runs a write that a unique key lets happen once: its answer, or false when the key is already taken (another
     * request or node wrote it first).
     */
    public static boolean unlessDuplicate(Supplier<Boolean> write) {
        return onDuplicate(write, () -> false);
    }
}
