package org.connectedcouncils.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;

/** Records the SQL statements AO issues while it is open (the AO provider's SQL listener). */
public final class SqlCounter implements AutoCloseable, DatabaseProvider.SqlListener {

    private final DatabaseProvider provider;
    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

    private SqlCounter(DatabaseProvider provider) {
        this.provider = provider;
        provider.addSqlListener(this);
    }

    public static SqlCounter on(EntityManager entityManager) {
        return new SqlCounter(entityManager.getProvider());
    }

    @Override
    public void onSql(String sql) {
        statements.add(sql);
    }

    public int count() {
        return statements.size();
    }

    public List<String> statements() {
        return List.copyOf(statements);
    }

    @Override
    public void close() {
        provider.removeSqlListener(this);
    }
}
