package org.connectedcouncils.admin.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.ADMIN;
import static org.connectedcouncils.testing.DemoUsers.ANONYMOUS;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.VIEWER;

import java.lang.reflect.Method;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import net.java.ao.Query;
import net.java.ao.RawEntity;

import org.connectedcouncils.common.audit.AuditRecord;
import org.connectedcouncils.register.ao.AoAdoption;
import org.connectedcouncils.register.ao.AoHistory;
import org.connectedcouncils.register.ao.AoSolution;
import org.connectedcouncils.register.ao.AoSolutionVersion;
import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.RestFixture;
import org.connectedcouncils.testing.TestDatabase;
import org.connectedcouncils.workinggroup.ao.AoJoinRequest;
import org.connectedcouncils.workinggroup.ao.AoMembership;
import org.connectedcouncils.workinggroup.ao.AoStatusReport;
import org.connectedcouncils.workinggroup.ao.AoWorkingGroup;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * {@code POST /admin/personal-data/anonymise} on a real database: every column of every app table that held the
 * person's key holds the marker afterwards, and no other value of any table changes.
 */
public class PersonalDataResourceDbTest {

    private static final String PERSON = "user-leaving";
    private static final String OTHER = "user-staying";
    private static final String BODY = "{\"userKey\":\"" + PERSON + "\"}";
    private static final Date AT = new Date(1_790_000_000_000L);

    @ClassRule
    public static final RestFixture fixture = new RestFixture();
    private static final HttpCalls target = fixture.http;

    @Before
    public void setUp() {
        fixture.reset();
        holdKeys(PERSON, 1);
        holdKeys(OTHER, 2);
        insert(AoHistory.class, "SOLUTION_ID", 1, "SUBJECT", "entry", "FIELD", "keyContact", "OLD_VALUE", OTHER,
                "NEW_VALUE", PERSON, "ACTOR", OTHER, "CHANGED_AT", AT);
    }

    @Test
    public void anonymise_rewritesEveryPlaceHoldingTheKeyAndNothingElse() {
        Map<String, Object> before = snapshot();

        Result result = target.send(ADMIN, "POST", "admin/personal-data/anonymise", "application/json", BODY);

        assertThat(result.status()).isEqualTo(200);
        String marker = result.json().path("marker").asText();
        assertThat(marker).matches("anonymised-[0-9a-f]{16}");
        Map<String, Object> expected = new TreeMap<>();
        before.forEach((k, v) -> expected.put(k, PERSON.equals(v) ? marker : v));
        long places = before.values().stream().filter(PERSON::equals).count();
        assertThat(places).isEqualTo(12);
        assertThat(snapshot()).isEqualTo(expected);
        assertThat(result.json().path("total").asInt()).isEqualTo(12);
        assertThat(result.json().path("rewritten").path("HISTORY.OLD_VALUE/NEW_VALUE").asInt()).isEqualTo(1);
        assertThat(result.json().path("rewritten").path("STATUS_REPORT.AUTHOR").asInt()).isEqualTo(1);
    }

    @Test
    public void anonymise_isAuditedWithTheMarkerNeverTheKey() {
        Result result = target.send(ADMIN, "POST", "admin/personal-data/anonymise", "application/json", BODY);

        String marker = result.json().path("marker").asText();
        assertThat(fixture.data.audit.records()).hasSize(1);
        AuditRecord record = fixture.data.audit.records().get(0);
        assertThat(record.summaryKey()).isEqualTo("connected-councils.audit.personalData.anonymised");
        assertThat(record.objectId()).isEqualTo(marker);
        assertThat(record.actor()).isEqualTo("user-admin");
        assertThat(record.changes()).extracting(AuditRecord.Change::field).contains("SOLUTION.CONTACT_KEY",
                "HISTORY.ACTOR", "GROUP_MEMBER.ADDED_BY", "JOIN_REQUEST.DECIDED_BY");
        assertThat(record.toString()).doesNotContain(PERSON);
    }

    @Test
    public void anonymise_againFindsNothingLeft() {
        target.send(ADMIN, "POST", "admin/personal-data/anonymise", "application/json", BODY);
        Map<String, Object> once = snapshot();

        Result again = target.send(ADMIN, "POST", "admin/personal-data/anonymise", "application/json", BODY);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("total").asInt()).isZero();
        assertThat(snapshot()).isEqualTo(once);
    }

    @Test
    public void anonymise_answersAnonymous401AndNonAdmins403AndChangesNothing() {
        Map<String, Object> before = snapshot();

        for (String user : List.of(ANONYMOUS, VIEWER, BRIGHTON_EDITOR)) {
            Result result = target.send(user, "POST", "admin/personal-data/anonymise", "application/json", BODY);
            assertThat(result.status()).as(user).isEqualTo(user.equals(ANONYMOUS) ? 401 : 403);
        }

        assertThat(snapshot()).isEqualTo(before);
        assertThat(fixture.data.audit.records()).isEmpty();
    }

    @Test
    public void anonymise_refusesABlankKeyOrAMarker() {
        Map<String, Object> before = snapshot();

        Result blank = target.send(ADMIN, "POST", "admin/personal-data/anonymise", "application/json",
                "{\"userKey\":\" \"}");
        Result marker = target.send(ADMIN, "POST", "admin/personal-data/anonymise", "application/json",
                "{\"userKey\":\"anonymised-0123456789abcdef\"}");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.errorFields()).containsExactly("userKey");
        assertThat(marker.errorCodes()).containsExactly("connected-councils.error.alreadyAnonymous");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(fixture.data.audit.records()).isEmpty();
    }

    /** One row per user-key column of the app, each holding {@code key}; {@code n} keeps unique columns apart. */
    private static void holdKeys(String key, int n) {
        int solution = insert(AoSolution.class, "NAME", "Entry " + n, "NAME_LOWER", "entry " + n, "SUMMARY", "s",
                "KIND", "product", "PHASE", "live", "PHASE_RANK", 1, "STATE", "published", "OWNER_CODE", "E06000043",
                "CONTACT_KEY", key, "CREATED_BY", key, "CREATED_AT", AT, "UPDATED_AT", AT, "ENTRY_VERSION", 1,
                "EVALUATING_COUNT", 0, "USING_COUNT", 0, "STOPPED_COUNT", 0);
        insert(AoSolutionVersion.class, "SOLUTION_ID", solution, "VERSION_KEY", solution + ":1", "SAVED_BY", key,
                "SAVED_AT", AT);
        insert(AoAdoption.class, "SOLUTION_ID", solution, "COUNCIL_CODE", "E09000012", "PAIR_KEY",
                solution + ":E09000012", "STATE", "using", "DECLARED_BY", key, "DECLARED_AT", AT, "CONFIRMED_BY", key,
                "CONFIRMED_AT", AT);
        insert(AoHistory.class, "SOLUTION_ID", solution, "SUBJECT", "entry", "FIELD", "name", "OLD_VALUE", "a",
                "NEW_VALUE", "b", "ACTOR", key, "CHANGED_AT", AT);
        int group = insert(AoWorkingGroup.class, "NAME", "Group " + n, "NAME_LOWER", "group " + n, "MODEL_CODE",
                "shared", "GROUP_STATUS", "active", "LEAD_CODE", "E06000043", "PARTNER_COUNT", 0, "CREATED_BY", key,
                "CREATED_AT", AT, "UPDATED_AT", AT, "GROUP_VERSION", 1);
        insert(AoMembership.class, "GROUP_ID", group, "COUNCIL_CODE", "E06000043", "PAIR_KEY", group + ":E06000043",
                "MEMBER_ROLE", "lead", "ROLE_RANK", 0, "JOINED_AT", AT, "ADDED_BY", key);
        insert(AoJoinRequest.class, "GROUP_ID", group, "COUNCIL_CODE", "E09000012", "PENDING_KEY", "decided-" + n,
                "REQUEST_STATE", "approved", "MEMBER_ROLE", "member", "REQUESTED_BY", key, "REQUESTED_AT", AT,
                "DECIDED_BY", key, "DECIDED_AT", AT);
        insert(AoStatusReport.class, "SUBJECT", "group", "SUBJECT_TYPE", "group", "SUBJECT_ID", group,
                "CURRENT_KEY", "group:" + group, "REPORT_DATE", AT, "RAG", "green", "RAG_RANK", 0, "CREATED_AT", AT,
                "AUTHOR", key);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int insert(Class type, Object... pairs) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        Object row = fixture.data.db.ao().create(type, values);
        return id(row, type);
    }

    /** Every value of every app table, as "Entity#id.getter" → value, read afresh. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Object> snapshot() {
        fixture.data.db.entityManager().flushAll();
        Map<String, Object> values = new TreeMap<>();
        for (Class<? extends RawEntity<?>> type : TestDatabase.descriptorEntities()) {
            for (Object row : fixture.data.db.ao().find((Class) type, Query.select())) {
                int id = id(row, type);
                for (Method getter : type.getDeclaredMethods()) {
                    if (getter.getName().startsWith("get") && getter.getParameterCount() == 0) {
                        values.put(type.getSimpleName() + "#" + id + "." + getter.getName(), value(getter, row));
                    }
                }
            }
        }
        return values;
    }

    private static int id(Object row, Class<?> type) {
        try {
            return ((Number) type.getMethod("getID").invoke(row)).intValue();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(Method getter, Object row) {
        try {
            Object value = getter.invoke(row);
            return value instanceof Date d ? d.getTime() : Objects.requireNonNullElse(value, "<null>");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
