package org.connectedcouncils.register.ao.upgrade.v3;

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

import org.connectedcouncils.testing.TestDatabase;
import org.junit.Test;

/**
 * Model version 3 on a database of the version before it (on H2, PostgreSQL and MariaDB, like every *DbTest): entries
 * and adoptions seeded in the old shape with every column filled keep every value, the new columns come up empty,
 * and they can be written.
 */
public class AddReuseTermsUpgradeTask003DbTest {

    private static final Date CREATED = new Date(1_700_000_000_000L);

    @Test
    public void upgrade_keepsEveryEntryAndAdoptionIntactAndAddsEmptyColumns() {
        ActiveObjects ao = TestDatabase.fresh();
        ao.migrate(AoSolutionV2Shape.class, AoAdoptionV2Shape.class);
        AoSolutionV2Shape draft = ao.create(AoSolutionV2Shape.class, entry("Draft garden waste", "draft", "alpha"));
        AoSolutionV2Shape published = ao.create(AoSolutionV2Shape.class, entry("Live parking permits", "published",
                "live"));
        AoSolutionV2Shape retired = ao.create(AoSolutionV2Shape.class, entry("Old bin app", "published", "retired"));
        fillOptional(draft);
        fillOptional(published);
        ao.create(AoAdoptionV2Shape.class, adoption(published.getID(), "E09000012", "using"));
        ao.create(AoAdoptionV2Shape.class, adoption(published.getID(), "E08000035", "evaluating"));
        Map<Integer, Map<String, Object>> entriesBefore = rows(ao, AoSolutionV2Shape.class);
        Map<Integer, Map<String, Object>> adoptionsBefore = rows(ao, AoAdoptionV2Shape.class);

        new AddReuseTermsUpgradeTask003().upgrade(null, ao); // ModelVersion is a body-less stand-in here

        assertThat(rows(ao, AoSolutionV2Shape.class)).isEqualTo(entriesBefore).hasSize(3);
        assertThat(rows(ao, AoAdoptionV2Shape.class)).isEqualTo(adoptionsBefore).hasSize(2);
        AoSolutionV3 upgraded = ao.get(AoSolutionV3.class, retired.getID());
        assertThat(upgraded.getName()).isEqualTo("Old bin app");
        assertThat(Arrays.asList(upgraded.getReuseSupport(), upgraded.getReuseContact(), upgraded.getProcurement(),
                upgraded.getDpiaAvailable(), upgraded.getDpiaUrl(), upgraded.getAccessibilityUrl(),
                upgraded.getHosting(),
                upgraded.getAdoptOneOff(), upgraded.getAdoptAnnual(), upgraded.getAdopterNeeds(),
                upgraded.getRetireReason(), upgraded.getLessons(), upgraded.getReplacedBy())).containsOnlyNulls();
        AoAdoptionV3 adoption = ao.find(AoAdoptionV3.class, Query.select().where("COUNCIL_CODE = ?", "E09000012"))[0];
        assertThat(Arrays.asList(adoption.getAdoptedRelease(), adoption.getHosting(), adoption.getSupplier(),
                adoption.getAnnualSaving(), adoption.getSavingCurrency())).containsOnlyNulls();
    }

    @Test
    public void upgrade_newColumnsTakeValuesAfterwards() {
        ActiveObjects ao = TestDatabase.fresh();
        ao.migrate(AoSolutionV2Shape.class, AoAdoptionV2Shape.class);
        int id = ao.create(AoSolutionV2Shape.class, entry("Bulky waste", "published", "retired")).getID();

        new AddReuseTermsUpgradeTask003().upgrade(null, ao);
        AoSolutionV3 row = ao.get(AoSolutionV3.class, id);
        row.setReuseSupport("best-effort");
        row.setDpiaAvailable(Boolean.TRUE);
        row.setAdoptAnnual(120_000L);
        row.setLessons("x".repeat(5_000));
        row.setReplacedBy(id + 1);
        row.save();

        AoSolutionV3 read = ao.find(AoSolutionV3.class, Query.select().where("ID = ?", id))[0];
        assertThat(read.getReuseSupport()).isEqualTo("best-effort");
        assertThat(read.getDpiaAvailable()).isTrue();
        assertThat(read.getAdoptAnnual()).isEqualTo(120_000L);
        assertThat(read.getLessons()).hasSize(5_000);
        assertThat(read.getReplacedBy()).isEqualTo(id + 1);
        assertThat(read.getName()).isEqualTo("Bulky waste");
    }

    private static Map<String, Object> entry(String name, String state, String phase) {
        Map<String, Object> row = new HashMap<>();
        row.put(AoSolutionV2Shape.NAME, name);
        row.put(AoSolutionV2Shape.NAME_LOWER, name.toLowerCase(java.util.Locale.ROOT));
        row.put(AoSolutionV2Shape.SUMMARY, "Summary of " + name);
        row.put(AoSolutionV2Shape.KIND, "software");
        row.put(AoSolutionV2Shape.PHASE, phase);
        row.put(AoSolutionV2Shape.PHASE_RANK, 3);
        row.put(AoSolutionV2Shape.STATE, state);
        row.put(AoSolutionV2Shape.OWNER_CODE, "E06000043");
        row.put(AoSolutionV2Shape.CREATED_AT, CREATED);
        row.put(AoSolutionV2Shape.UPDATED_AT, CREATED);
        row.put(AoSolutionV2Shape.ENTRY_VERSION, 4);
        return row;
    }

    /** Every optional column of the old shape, so that a lost value would show. */
    private static void fillOptional(AoSolutionV2Shape e) {
        e.setSearchText("folded " + e.getName().toLowerCase(java.util.Locale.ROOT));
        e.setDescription("Long description ".repeat(100));
        e.setContactKey("user-" + e.getID());
        e.setAreas("waste,parking");
        e.setOffers("share-code");
        e.setLandingUrl("https://example.org/" + e.getID());
        e.setRepoUrl("https://git.example.org/" + e.getID());
        e.setLicence("MIT");
        e.setSoftwareType("standalone/web");
        e.setMaintenance("internal");
        e.setPlatforms("web,android");
        e.setCategories("it-development");
        e.setBudgetBand("under-10k");
        e.setOneOffCost(1_000_00L);
        e.setRunningCost(250_00L);
        e.setAnnualSaving(5_000_00L);
        e.setCurrency("GBP");
        e.setOutcomes("Residents book collections online. ".repeat(30));
        e.setCreatedBy("creator");
        e.setConfirmedAt(new Date(CREATED.getTime() + 86_400_000L));
        e.setEvaluatingCount(1);
        e.setUsingCount(1);
        e.setStoppedCount(0);
        e.save();
    }

    private static Map<String, Object> adoption(int solutionId, String council, String state) {
        Map<String, Object> row = new HashMap<>();
        row.put(AoAdoptionV2Shape.SOLUTION_ID, solutionId);
        row.put(AoAdoptionV2Shape.COUNCIL_CODE, council);
        row.put(AoAdoptionV2Shape.PAIR_KEY, solutionId + ":" + council);
        row.put(AoAdoptionV2Shape.STATE, state);
        row.put(AoAdoptionV2Shape.DECLARED_AT, CREATED);
        row.put("SINCE", new Date(CREATED.getTime() - 86_400_000L * 30));
        row.put("EVIDENCE_URL", "https://evidence.example.org/" + council);
        row.put("DECLARED_BY", "declarer");
        row.put("CONFIRMED_BY", "confirmer");
        row.put("CONFIRMED_AT", CREATED);
        return row;
    }

    /** Every row of a table by ID, as getter name → value (dates as epoch milliseconds), read through {@code type}. */
    private static <T extends RawEntity<Integer>> Map<Integer, Map<String, Object>> rows(ActiveObjects ao,
            Class<T> type) {
        Map<Integer, Map<String, Object>> out = new TreeMap<>();
        for (T row : ao.find(type, Query.select())) {
            Map<String, Object> values = new TreeMap<>();
            for (Method m : type.getMethods()) {
                if (m.getName().startsWith("get") && m.getParameterCount() == 0 && m.getDeclaringClass() == type) {
                    try {
                        Object value = m.invoke(row);
                        values.put(m.getName(), value instanceof Date d ? (Object) d.getTime() : value);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            out.put(idOf(row), values);
        }
        return out;
    }

    private static int idOf(RawEntity<Integer> row) {
        try {
            return (Integer) row.getClass().getMethod("getID").invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
