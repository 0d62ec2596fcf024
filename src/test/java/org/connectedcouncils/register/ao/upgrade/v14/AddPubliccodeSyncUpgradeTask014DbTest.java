package org.connectedcouncils.register.ao.upgrade.v14;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.register.ao.upgrade.v11.AoSearchTokenV11;
import org.connectedcouncils.register.ao.upgrade.v11.AoWordAreaV11;
import org.connectedcouncils.testing.TestDatabase;
import org.junit.Test;

/**
 * Model version 14 on a database of the register's shape before it (its v11 index tables, on H2, PostgreSQL and
 * MariaDB like every *DbTest): the sync table appears and takes a row, and every old row stays as it was.
 */
public class AddPubliccodeSyncUpgradeTask014DbTest {

    @Test
    public void upgrade_addsTheSyncTableAndKeepsEveryRow() {
        ActiveObjects ao = TestDatabase.fresh();
        ao.migrate(AoSearchTokenV11.class, AoWordAreaV11.class);
        ao.create(AoSearchTokenV11.class, Map.of(AoSearchTokenV11.SOLUTION_ID, 7, AoSearchTokenV11.TOKEN, "bins"));
        ao.create(AoWordAreaV11.class, Map.of("SOLUTION_ID", 7, "WORD", "bins", "AREA_CODE", "waste"));

        new AddPubliccodeSyncUpgradeTask014().upgrade(null, ao); // ModelVersion is a body-less stand-in here

        ao.create(AoPubliccodeSyncV14.class, Map.of(AoPubliccodeSyncV14.SOLUTION_ID, 7,
                AoPubliccodeSyncV14.SOURCE_URL, "https://example.org/publiccode.yml",
                AoPubliccodeSyncV14.TRIED_AT, new Date(0)));
        assertThat(ao.find(AoPubliccodeSyncV14.class, Query.select())).singleElement()
                .satisfies(s -> assertThat(s.getSourceUrl()).isEqualTo("https://example.org/publiccode.yml"));
        assertThat(ao.find(AoSearchTokenV11.class, Query.select())).singleElement()
                .satisfies(t -> assertThat(t.getToken()).isEqualTo("bins"));
        assertThat(ao.count(AoWordAreaV11.class, Query.select())).isEqualTo(1);
    }
}
