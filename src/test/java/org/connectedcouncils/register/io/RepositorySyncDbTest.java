package org.connectedcouncils.register.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.register.io.PubliccodeFiles.MINIMAL;
import static org.connectedcouncils.register.io.PubliccodeFiles.stream;
import static org.connectedcouncils.register.io.PubliccodeFiles.with;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedcouncils.common.ao.AoTransactions;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.register.ao.AoPubliccodeExtraStore;
import org.connectedcouncils.register.ao.AoPubliccodeSyncStore;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.PubliccodeSync;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.testing.LocalHttpsServer;
import org.connectedcouncils.testing.LocalHttpsServer.Answer;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The publiccode.yml sync end to end on the test database and a local HTTPS server (127.0.0.1 allowed by the
 * admin's list, as an internal Git server would be): the real fetch, import validation, register update and store.
 */
public class RepositorySyncDbTest {

    private static final Actor BRIGHTON_EDITOR = Actor.editor("user-brighton-editor", BRIGHTON);
    private static final Actor OTHER = Actor.viewer("user-reader");
    private static LocalHttpsServer server;

    private final RegisterFixture fixture = new RegisterFixture();
    private AoPubliccodeSyncStore syncs;
    private PubliccodeImport imports;
    private PubliccodeFetch fetch;
    private RepositorySync target;
    private SolutionKey key;

    @BeforeClass
    public static void startServer() throws Exception {
        server = LocalHttpsServer.start();
    }

    @AfterClass
    public static void stopServer() {
        server.close();
    }

    @Before
    public void setUp() {
        fixture.reset();
        AoPubliccodeExtraStore extras = new AoPubliccodeExtraStore(fixture.db.ao());
        imports = new PubliccodeImport(fixture.register, extras, new AoTransactions(fixture.db.ao()));
        syncs = new AoPubliccodeSyncStore(fixture.db.ao());
        fetch = new PubliccodeFetch(server.tls(), InetAddress::getAllByName,
                () -> Set.of("127.0.0.1"));
        target = RepositorySync.withFetch(fixture.register, imports, syncs, fetch, fixture.actor, fixture.clock);
        fixture.actor.actAs(BRIGHTON_EDITOR);
        key = imports.importFile(stream(PubliccodeFiles.text(MINIMAL)), PubliccodeImportOptions.newEntry(BRIGHTON,
                Set.of("waste"), "user-brighton-editor")).solution().key();
        fixture.register.publish(key);
    }

    @Test
    public void aValidChange_isApplied_withASyncedFromLine() {
        String path = "/" + key + "/valid.yml";
        server.answer(path, Answer.yaml(with(MINIMAL, "name: Bin collection day finder", "name: Bin day finder")));
        target.setUrl(key, server.url(path));
        fixture.clock.advance(java.time.Duration.ofMinutes(1));

        PubliccodeSync done = target.syncNow(key);

        assertThat(done.result()).isEqualTo(PubliccodeSync.Result.UPDATED);
        assertThat(done.problems()).isEmpty();
        assertThat(fixture.register.get(key).content().name()).isEqualTo("Bin day finder");
        List<HistoryEntry> lines = fixture.register.history(key, PageRequest.of(0, 10)).items();
        assertThat(lines).anySatisfy(h -> {
            assertThat(h.field()).isEqualTo("syncedFrom");
            assertThat(h.newValue()).isEqualTo(server.url(path));
        });
        assertThat(lines).anySatisfy(h -> assertThat(h.newValue()).isEqualTo("Bin day finder"));
        assertThat(syncs.find(key)).get().satisfies(s -> {
            assertThat(s.lastSynced()).isEqualTo(fixture.clock.instant());
            assertThat(s.result()).isEqualTo(PubliccodeSync.Result.UPDATED);
        });

        assertThat(target.syncNow(key).result()).as("the same file again").isEqualTo(PubliccodeSync.Result.UNCHANGED);
    }

    @Test
    public void anInvalidFile_isRecordedWithItsLines_andTheEntryStaysAsItWas() {
        String text = with(MINIMAL, "name: Bin collection day finder", "name: Bin day finder")
                .replace("softwareType: standalone/web", "softwareType: spaceship")
                .replace("  license: MIT", "  license: 42");
        String path = "/" + key + "/invalid.yml";
        server.answer(path, Answer.yaml(text));
        target.setUrl(key, server.url(path));
        Solution before = fixture.register.get(key);

        PubliccodeSync done = target.syncNow(key);

        assertThat(done.result()).isEqualTo(PubliccodeSync.Result.FAILED);
        assertThat(done.problems()).extracting(PubliccodeSync.Problem::field).contains("softwareType");
        assertThat(done.problems()).filteredOn(p -> p.field().equals("softwareType")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(PubliccodeFiles.lineOf(text, "softwareType:")));
        assertThat(done.problems()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(p -> assertThat(p.line()).isPositive());
        Solution after = fixture.register.get(key);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.content()).isEqualTo(before.content());
        assertThat(syncs.find(key)).get().satisfies(s -> assertThat(s.problems()).isEqualTo(done.problems()));
    }

    @Test
    public void aRedirectToLoopbackByName_isRefused_andRecorded() {
        String path = "/" + key + "/redirect.yml";
        server.answer(path, Answer.redirect("https://localhost:" + server.port() + "/" + key + "/valid.yml"));
        target.setUrl(key, server.url(path));

        PubliccodeSync done = target.syncNow(key);

        assertThat(done.result()).isEqualTo(PubliccodeSync.Result.FAILED);
        assertThat(done.problems()).singleElement().satisfies(p -> assertThat(p.code())
                .isEqualTo("connected-councils.publiccode.sync.refused." + PubliccodeFetch.PRIVATE_ADDRESS));
        assertThat(fixture.register.get(key).content().name()).isEqualTo("Bin collection day finder");
    }

    @Test
    public void aTooLargeFile_isRefused() {
        byte[] big = new byte[PubliccodeFetch.MAX_BYTES + 10];
        Arrays.fill(big, (byte) '#');
        String path = "/" + key + "/big.yml";
        server.answer(path, new Answer(200, Map.of(), big, true));
        target.setUrl(key, server.url(path));

        assertThat(target.syncNow(key).problems()).singleElement().satisfies(p -> assertThat(p.code())
                .isEqualTo("connected-councils.publiccode.sync.refused." + PubliccodeFetch.TOO_LARGE));
    }

    @Test
    public void aMissingLogo_failsTheSync_atItsLine_andTheEntryStaysAsItWas() {
        String text = with(MINIMAL, "name: Bin collection day finder\n", "name: Bin day finder\nlogo: img/logo.png\n");
        String path = "/" + key + "/files/publiccode.yml";
        server.answer(path, Answer.yaml(text));
        target.setUrl(key, server.url(path));
        Solution before = fixture.register.get(key);

        PubliccodeSync done = target.syncNow(key);

        assertThat(done.result()).isEqualTo(PubliccodeSync.Result.FAILED);
        assertThat(done.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("logo");
            assertThat(p.line()).isEqualTo(PubliccodeFiles.lineOf(text, "logo:"));
            assertThat(p.code()).isEqualTo(RepositoryFiles.FILE + PubliccodeFetch.HTTP_STATUS);
            assertThat(p.arguments()).containsExactly("img/logo.png", "404");
        });
        assertThat(fixture.register.get(key).version()).isEqualTo(before.version());

        server.answer("/" + key + "/files/img/logo.png", new Answer(200, Map.of(), RepositoryFilesTest.PNG, false));
        PubliccodeSync fixed = target.syncNow(key);
        assertThat(fixed.result()).isEqualTo(PubliccodeSync.Result.UPDATED);
        assertThat(fixed.problems()).isEmpty();
        assertThat(fixture.register.get(key).content().name()).isEqualTo("Bin day finder");
    }

    @Test
    public void filesPastTheBound_areSaid_andTheSyncStillApplies() {
        StringBuilder shots = new StringBuilder("      - Look up collection days by postcode\n    screenshots:\n");
        for (int i = 0; i <= RepositoryFiles.MAX_FILES; i++) {
            shots.append("      - ").append(i).append(".png\n");
            server.answer("/" + key + "/bound/" + i + ".png", new Answer(200, Map.of(), RepositoryFilesTest.PNG,
                    false));
        }
        String text = with(MINIMAL, "      - Look up collection days by postcode\n", shots.toString())
                .replace("name: Bin collection day finder", "name: Bin day finder");
        String path = "/" + key + "/bound/publiccode.yml";
        server.answer(path, Answer.yaml(text));
        target.setUrl(key, server.url(path));

        PubliccodeSync done = target.syncNow(key);

        assertThat(done.result()).isEqualTo(PubliccodeSync.Result.UPDATED);
        assertThat(done.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(RepositoryFiles.UNCHECKED);
            assertThat(p.arguments()).containsExactly(String.valueOf(RepositoryFiles.MAX_FILES), "1");
        });
        assertThat(server.hits("/" + key + "/bound/" + RepositoryFiles.MAX_FILES + ".png")).isZero();
        assertThat(syncs.find(key)).get().satisfies(s -> assertThat(s.problems()).isEqualTo(done.problems()));
    }

    @Test
    public void theNightlyRun_actsAsTheApp_andReportsTheFirstFailureOfAStreak() {
        String path = "/" + key + "/nightly.yml";
        server.answer(path, Answer.yaml(with(MINIMAL, "name: Bin collection day finder", "name: Nightly name")));
        target.setUrl(key, server.url(path));
        fixture.actor.actAs(Actor.anonymous());

        assertThat(target.syncDue()).isEmpty();
        fixture.actor.actAs(BRIGHTON_EDITOR);
        assertThat(fixture.register.get(key).content().name()).isEqualTo("Nightly name");

        server.answer(path, new Answer(404, Map.of(), new byte[0], false));
        fixture.actor.actAs(Actor.anonymous());
        assertThat(target.syncDue()).singleElement().satisfies(f -> assertThat(f.first()).isTrue());
        assertThat(target.syncDue()).singleElement().satisfies(f -> assertThat(f.first()).isFalse());
    }

    @Test
    public void theNightlyBudget_leavesEntriesForTheNextRun_whichTakesThemFirst() {
        // Every file answers after 300 ms and the run may start entries for 100 ms: one entry a run.
        RepositorySync budgeted = RepositorySync.withBudgets(fixture.register, imports, syncs, fetch, fixture.actor,
                fixture.clock, RepositoryFiles.BUDGET, Duration.ofMillis(100));
        SolutionKey second = entry("Second nightly entry");
        SolutionKey third = entry("Third nightly entry");
        for (SolutionKey k : List.of(key, second, third)) {
            String path = "/" + k + "/slow-nightly.yml";
            server.answer(path, new Answer(200, Map.of(), with(MINIMAL, "name: Bin collection day finder",
                    "name: Synced " + k).getBytes(StandardCharsets.UTF_8), false, 300));
            target.setUrl(k, server.url(path));
        }
        fixture.actor.actAs(Actor.anonymous());

        assertThat(budgeted.syncDue()).isEmpty();
        assertThat(syncs.find(key)).get().satisfies(s -> assertThat(s.lastSynced()).isEqualTo(fixture.clock.instant()));
        assertThat(syncs.find(second)).get().satisfies(s -> assertThat(s.lastSynced()).as("left").isNull());
        assertThat(syncs.find(third)).get().satisfies(s -> assertThat(s.lastSynced()).as("left").isNull());

        Instant firstNight = fixture.clock.instant();
        fixture.clock.advance(Duration.ofDays(1));
        budgeted.syncDue();
        assertThat(syncs.find(second)).get().as("the entry left last night goes first")
                .satisfies(s -> assertThat(s.lastSynced()).isEqualTo(fixture.clock.instant()));
        assertThat(syncs.find(key)).get().satisfies(s -> assertThat(s.lastSynced()).isEqualTo(firstNight));
        assertThat(syncs.find(third)).get().satisfies(s -> assertThat(s.lastSynced()).isNull());

        fixture.clock.advance(Duration.ofDays(1));
        budgeted.syncDue();
        assertThat(syncs.find(third)).get().satisfies(s -> assertThat(s.lastSynced())
                .isEqualTo(fixture.clock.instant()));
        assertThat(syncs.find(key)).get().as("then the one synced longest ago")
                .satisfies(s -> assertThat(s.lastSynced()).isEqualTo(firstNight));
        fixture.actor.actAs(BRIGHTON_EDITOR);
        assertThat(fixture.register.get(third).content().name()).isEqualTo("Synced " + third);
    }

    private SolutionKey entry(String name) {
        SolutionKey made = imports.importFile(stream(with(MINIMAL, "name: Bin collection day finder", "name: " + name)),
                PubliccodeImportOptions.newEntry(BRIGHTON, Set.of("waste"), "user-brighton-editor")).solution().key();
        fixture.register.publish(made);
        return made;
    }

    @Test
    public void onlyTheOwnersEditorsSetTheUrlOrSyncNow_andOnlyHttpsUrls() {
        assertThatThrownBy(() -> target.setUrl(key, "http://example.org/publiccode.yml"))
                .isInstanceOf(ValidationException.class);
        fixture.actor.actAs(OTHER);
        assertThatThrownBy(() -> target.setUrl(key, "https://example.org/publiccode.yml"))
                .isInstanceOf(Refusal.NotAllowed.class);
        assertThatThrownBy(() -> target.syncNow(key)).isInstanceOf(Refusal.NotAllowed.class);
        fixture.actor.actAs(BRIGHTON_EDITOR);
        assertThatThrownBy(() -> target.syncNow(key)).isInstanceOf(Refusal.Conflict.class);
        target.setUrl(key, "https://example.org/publiccode.yml");
        assertThat(target.state(key)).get().satisfies(s -> assertThat(s.result())
                .isEqualTo(PubliccodeSync.Result.NEVER));
        target.setUrl(key, " ");
        assertThat(target.state(key)).isEmpty();
    }
}
