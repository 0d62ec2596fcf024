package org.connectedcouncils.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.Assume.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

/**
 * The MariaDB pass runs on the settings Confluence asks of a MySQL database (InnoDB, utf8mb4 with the binary
 * collation, READ-COMMITTED), so its results say something about a real site. Skipped on the other databases.
 */
public class MariaDbSettingsDbTest {

    private final TestDatabase db = TestDatabase.get();

    @Test
    public void theServerAndEveryAppTable_useConfluencesMySqlSettings() throws SQLException {
        assumeTrue(db.kind().equals("mariadb"));
        try (Connection c = db.entityManager().getProvider().getConnection();
                Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT @@GLOBAL.tx_isolation")).isEqualTo("READ-COMMITTED");
            assertThat(single(s, "SELECT @@character_set_database")).isEqualTo("utf8mb4");
            assertThat(single(s, "SELECT @@collation_database")).isEqualTo("utf8mb4_bin");
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT TABLE_NAME, ENGINE, TABLE_COLLATION"
                    + " FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                    assertThat(r.getString(2)).as(r.getString(1)).isEqualTo("InnoDB");
                    assertThat(r.getString(3)).as(r.getString(1)).isEqualTo("utf8mb4_bin");
                }
            }
            assertThat(tables).hasSize(TestDatabase.descriptorEntities().size());
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
