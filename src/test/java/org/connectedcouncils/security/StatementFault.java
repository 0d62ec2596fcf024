package org.connectedcouncils.security;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;

/**
 * A database failure on demand: an AO SQL listener that throws when the {@code nth} statement of a kind (say an
 * INSERT into the history table) is about to run, as a lost connection or a full disk would. Close it after use.
 */
final class StatementFault implements DatabaseProvider.SqlListener, AutoCloseable {

    /** What the injected failure throws. */
    static final class InjectedFault extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InjectedFault(String sql) {
            super("Injected database failure at: " + sql);
        }
    }

    private final DatabaseProvider provider;
    private final String verb;
    private final String table;
    private final int nth;
    private final AtomicInteger seen = new AtomicInteger();
    private volatile boolean fired;

    private StatementFault(DatabaseProvider provider, String verb, String table, int nth) {
        this.provider = provider;
        this.verb = verb;
        this.table = table;
        this.nth = nth;
        provider.addSqlListener(this);
    }

    /** Fails the {@code nth} (1-based) statement that starts with {@code verb} and names the AO table {@code table}. */
    static StatementFault on(EntityManager entityManager, String verb, String table, int nth) {
        return new StatementFault(entityManager.getProvider(), verb.toUpperCase(Locale.ROOT),
                "_" + table.toUpperCase(Locale.ROOT), nth);
    }

    @Override
    public void onSql(String sql) {
        String upper = sql.stripLeading().toUpperCase(Locale.ROOT);
        if (!fired && upper.startsWith(verb) && names(upper) && seen.incrementAndGet() == nth) {
            fired = true;
            throw new InjectedFault(sql);
        }
    }

    private boolean names(String upper) {
        int at = upper.indexOf(table);
        while (at >= 0) {
            int end = at + table.length();
            if (end == upper.length() || !Character.isLetterOrDigit(upper.charAt(end)) && upper.charAt(end) != '_') {
                return true;
            }
            at = upper.indexOf(table, at + 1);
        }
        return false;
    }

    /** Whether the failure happened (a test that injects one must see it fire). */
    boolean fired() {
        return fired;
    }

    @Override
    public void close() {
        provider.removeSqlListener(this);
    }
}
