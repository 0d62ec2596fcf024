package org.connectedcouncils.register.ao.upgrade.v9;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;
import net.java.ao.RawEntity;

import org.connectedcouncils.register.ao.upgrade.v3.AoAdoptionV3;
import org.connectedcouncils.register.ao.upgrade.v3.AoSolutionV3;
import org.connectedcouncils.testing.TestDatabase;
import org.junit.Test;

/**
 * Model version 9 on a database of the shape before it (on H2, PostgreSQL and MariaDB, like every *DbTest): entries
 * and adoptions seeded in the old shape keep every value; every existing entry counts 0 lapsed adoptions, every
 * adoption is current (never checked, asked or lapsed); the new columns can be written.
 */
public class AddAdoptionChecksUpgradeTask009DbTest {

    private static final Date CREATED = new Date(1_700_000_000_000L);

    @Test
    public void upgrade_keepsEveryRow_countsNoLapse_andTheNewColumnsTakeValues() {
        ActiveObjects ao = TestDatabase.fresh();
        ao.migrate(AoSolutionV3.class, AoAdoptionV3.class);
        AoSolutionV3 entry = ao.create(AoSolutionV3.class, entry("Live parking permits"));
        entry.setUsingCount(1);
        entry.setEvaluatingCount(1);
        entry.setContactKey("user-1");
        entry.setRetireReason("Reason ".repeat(200));
        entry.save();
        ao.create(AoSolutionV3.class, entry("Old bin app"));
        ao.create(AoAdoptionV3.class, adoption(entry.getID(), "E09000012", "using"));
        ao.create(AoAdoptionV3.class, adoption(entry.getID(), "E08000035", "evaluating"));
        Map<Integer, Map<String, Object>> entriesBefore = rows(ao, AoSolutionV3.class);
        Map<Integer, Map<String, Object>> adoptionsBefore = rows(ao, AoAdoptionV3.class);

        new AddAdoptionChecksUpgradeTask009().upgrade(null, ao);

        assertThat(rows(ao, AoSolutionV3.class)).isEqualTo(entriesBefore).hasSize(2);
        assertThat(rows(ao, AoAdoptionV3.class)).isEqualTo(adoptionsBefore).hasSize(2);
        for (AoSolutionV9 row : ao.find(AoSolutionV9.class, Query.select())) {
            assertThat(row.getLapsedCount()).as(row.getName()).isZero();
        }
        for (AoAdoptionV9 row : ao.find(AoAdoptionV9.class, Query.select())) {
            assertThat(Arrays.asList(row.getCheckedAt(), row.getAskedAt(), row.getLapsedAt())).containsOnlyNulls();
        }
        AoAdoptionV9 adoption = ao.find(AoAdoptionV9.class, Query.select().where("COUNCIL_CODE = ?", "E09000012"))[0];
        adoption.setAskedAt(CREATED);
        adoption.setLapsedAt(new Date(CREATED.getTime() + 1000));
        adoption.save();
        AoSolutionV9 upgraded = ao.get(AoSolutionV9.class, entry.getID());
        upgraded.setLapsedCount(1);
        upgraded.save();
        assertThat(ao.count(AoAdoptionV9.class, Query.select().where("LAPSED_AT IS NOT NULL"))).isEqualTo(1);
        assertThat(ao.find(AoSolutionV9.class, Query.select().where("ID = ?", entry.getID()))[0].getLapsedCount())
                .isEqualTo(1);
    }

    private static Map<String, Object> entry(String name) {
        Map<String, Object> row = new HashMap<>();
        row.put(AoSolutionV3.NAME, name);
        row.put(AoSolutionV3.NAME_LOWER, name.toLowerCase(java.util.Locale.ROOT));
        row.put(AoSolutionV3.SUMMARY, "Summary of " + name);
        row.put(AoSolutionV3.KIND, "software");
        row.put(AoSolutionV3.PHASE, "live");
        row.put(AoSolutionV3.PHASE_RANK, 3);
        row.put(AoSolutionV3.STATE, "published");
        row.put(AoSolutionV3.OWNER_CODE, "E06000043");
        row.put(AoSolutionV3.CREATED_AT, CREATED);
        row.put(AoSolutionV3.UPDATED_AT, CREATED);
        row.put(AoSolutionV3.ENTRY_VERSION, 2);
        return row;
    }

    private static Map<String, Object> adoption(int solutionId, String council, String state) {
        Map<String, Object> row = new HashMap<>();
        row.put(AoAdoptionV3.SOLUTION_ID, solutionId);
        row.put(AoAdoptionV3.COUNCIL_CODE, council);
        row.put(AoAdoptionV3.PAIR_KEY, solutionId + ":" + council);
        row.put(AoAdoptionV3.STATE, state);
        row.put(AoAdoptionV3.DECLARED_AT, CREATED);
        row.put("DECLARED_BY", "declarer");
        row.put("CONFIRMED_BY", "confirmer");
        row.put("CONFIRMED_AT", CREATED);
        row.put(AoAdoptionV3.SUPPLIER, "Supplier Ltd");
        return row;
    }

    /** Every row of a table by ID, as getter name → value (dates as epoch milliseconds), read through {@code type}. */
    private static <T extends RawEntity<Integer>> Map<Integer, Map<String, Object>> rows(ActiveObjects ao,
            Class<T> type) {
        Map<Integer, Map<String, Object>> out = new TreeMap<>();
        for (T row : ao.find(type, Query.select())) {
            Map<String, Object> values = new TreeMap<>();
            Object id = null;
            for (Method m : type.getMethods()) {
                if (m.getName().startsWith("get") && m.getParameterCount() == 0
                        && (m.getDeclaringClass() == type || m.getName().equals("getID"))) {
                    try {
                        Object value = m.invoke(row);
                        values.put(m.getName(), value instanceof Date d ? (Object) d.getTime() : value);
                        id = m.getName().equals("getID") ? value : id;
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            out.put((Integer) id, values);
        }
        return out;
    }
}
