package org.connectedcouncils.register.io;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Refusal.Conflict;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.SignedIn;
import org.connectedcouncils.register.domain.PubliccodeSync;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.PubliccodeSyncHosts;
import org.connectedcouncils.register.service.PubliccodeSyncRun;
import org.connectedcouncils.register.service.PubliccodeSyncStore;
import org.connectedcouncils.register.service.RegisterFreshness;
import org.connectedcouncils.register.service.SolutionRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps entries in step with the publiccode.yml their repository publishes: the owner's editors name the file's
 * https URL and may sync now; the nightly job syncs up to {@value #BATCH} entries a run, least recently tried first,
 * acting as the app, and starts no entry once {@link #RUN_BUDGET} is spent: the entries not reached keep their older
 * "tried" time, so the next run takes them first. Each sync fetches safely ({@link PubliccodeFetch}), checks the
 * repository files the file names through the same fetch ({@link RepositoryFiles}, within its own time budget),
 * applies the file through the import's own validation and the register's update (a "synced from" history line), and
 * records when it ran, how it went and every problem with its line; a failed sync leaves the entry as it was.
 */
public final class RepositorySync implements PubliccodeSyncRun {

    /** Entries the nightly job syncs per run at most (each fetch takes up to 10 s). */
    public static final int BATCH = 100;
    /** Time the nightly run starts entries in; the entry under way then finishes (a sync takes at most ~30 s). */
    public static final Duration RUN_BUDGET = Duration.ofMinutes(30);
    /** The entry fields a synced file fills: read-only in the editor while a sync URL is set. */
    public static final Set<String> MAPPED_FIELDS = Set.of("name", "summary", "description", "phase", "landingUrl",
            "repositoryUrl", "licence", "softwareType", "maintenance", "platforms", "categories");
    /** Who the nightly job acts as: the app itself, allowed to edit any entry. */
    static final Actor APP = new Actor(RegisterFreshness.APP, true, Set.of(), true);
    static final String REFUSED = "connected-councils.publiccode.sync.refused.";
    static final String NO_URL = "connected-councils.publiccode.sync.noUrl";
    static final String FAILED = "connected-councils.publiccode.sync.failed";
    private static final Logger LOG = LoggerFactory.getLogger(RepositorySync.class);

    private final SolutionRegister register;
    private final PubliccodeImport imports;
    private final PubliccodeSyncStore store;
    private final PubliccodeFetch fetch;
    private final RepositoryFiles files;
    private final ActorProvider actors;
    private final Clock clock;
    private final Duration runBudget;

    /** The sync as Confluence runs it: the JDK's client, the administrator's allowed hosts. */
    public RepositorySync(SolutionRegister register, PubliccodeImport imports, PubliccodeSyncStore store,
            PubliccodeSyncHosts hosts, ActorProvider actors, Clock clock) {
        this(register, imports, store, PubliccodeFetch.standard(hosts::allowed), actors, clock,
                RepositoryFiles.BUDGET, RUN_BUDGET);
    }

    private RepositorySync(SolutionRegister register, PubliccodeImport imports, PubliccodeSyncStore store,
            PubliccodeFetch fetch, ActorProvider actors, Clock clock, Duration filesBudget, Duration runBudget) {
        this.register = register;
        this.imports = imports;
        this.store = store;
        this.fetch = fetch;
        this.files = new RepositoryFiles(fetch, filesBudget);
        this.actors = actors;
        this.clock = clock;
        this.runBudget = runBudget;
    }

    /** The sync with another fetch (tests: a client trusting a local server's certificate). */
    public static RepositorySync withFetch(SolutionRegister register, PubliccodeImport imports,
            PubliccodeSyncStore store, PubliccodeFetch fetch, ActorProvider actors, Clock clock) {
        return new RepositorySync(register, imports, store, fetch, actors, clock, RepositoryFiles.BUDGET,
                RUN_BUDGET);
    }

    /** The sync with other time budgets for the repository files and the nightly run (tests of the budgets). */
    static RepositorySync withBudgets(SolutionRegister register, PubliccodeImport imports, PubliccodeSyncStore store,
            PubliccodeFetch fetch, ActorProvider actors, Clock clock, Duration filesBudget, Duration runBudget) {
        return new RepositorySync(register, imports, store, fetch, actors, clock, filesBudget, runBudget);
    }

    /** The entry's sync for someone who may see the entry; empty when it names no URL. */
    public Optional<PubliccodeSync> state(SolutionKey key) {
        register.get(key);
        return store.find(key);
    }

    /** The entry's sync, read for a page that already checked the reader may see the entry. */
    public Optional<PubliccodeSync> stateOfVisible(Solution visible) {
        return store.find(visible.key());
    }

    /** The owner's editors name the file's https URL, or with a blank one stop syncing; answers the new state. */
    public Optional<PubliccodeSync> setUrl(SolutionKey key, String url) {
        register.editableBy(SignedIn.require(actors), key);
        String given = url == null || url.isBlank() ? null : url.strip();
        if (given != null) {
            String reason = PubliccodeFetch.checkUrl(given);
            if (reason != null) {
                throw ValidationException.of(FieldError.of("url", REFUSED + reason, ""));
            }
        }
        store.setUrl(key, given);
        return store.find(key);
    }

    /** "Sync now" for the owner's editors: the same sync as the nightly one, acting as them. */
    public PubliccodeSync syncNow(SolutionKey key) {
        Actor actor = SignedIn.require(actors);
        register.editableBy(actor, key);
        PubliccodeSync state = store.find(key).orElseThrow(() -> new Conflict(NO_URL));
        return sync(state, actor);
    }

    /**
     * The nightly run: syncs up to {@link #BATCH} entries, least recently tried first, starting none once the run's
     * budget is spent (the first always starts); logs how many it left for the next run; answers those that failed.
     */
    @Override
    public List<Failure> syncDue() {
        long runEnd = System.nanoTime() + runBudget.toNanos();
        List<Failure> failures = new ArrayList<>();
        List<PubliccodeSync> due = store.due(BATCH);
        int reached = 0;
        for (PubliccodeSync state : due) {
            if (reached > 0 && System.nanoTime() - runEnd >= 0) {
                break;
            }
            reached++;
            PubliccodeSync after;
            try {
                after = sync(state, APP);
            } catch (RuntimeException e) {
                // An entry deleted or changed in between: recorded, and the run goes on with the next one.
                List<PubliccodeSync.Problem> problems = List.of(new PubliccodeSync.Problem("", 0, FAILED,
                        List.of(e.getClass().getSimpleName())));
                store.record(state.key(), clock.instant(), PubliccodeSync.Result.FAILED, problems);
                after = new PubliccodeSync(state.key(), state.url(), clock.instant(), PubliccodeSync.Result.FAILED,
                        problems);
            }
            if (after.failed()) {
                failures.add(new Failure(state.key(), after.problems(), !state.failed()));
            }
        }
        if (reached < due.size()) {
            LOG.warn("publiccode.yml sync: the run's {} minutes were spent after {} of {} entries due; {} left for"
                    + " the next run, which takes them first", runBudget.toMinutes(), reached, due.size(),
                    due.size() - reached);
        } else {
            LOG.info("publiccode.yml sync: {} entries synced, none left", reached);
        }
        return failures;
    }

    private PubliccodeSync sync(PubliccodeSync state, Actor actor) {
        PubliccodeSync.Result result;
        List<PubliccodeSync.Problem> problems;
        try {
            PubliccodeFetch.Fetched file = fetch.fetch(state.url());
            int before = register.editableBy(actor, state.key()).version();
            PubliccodeImportResult applied = imports.sync(new ByteArrayInputStream(file.body()), state.key(), actor,
                    file.from(), files);
            List<PubliccodeSync.Problem> notes = applied.warnings().stream().filter(RepositoryFiles::isNote)
                    .map(RepositorySync::problem).toList();
            if (applied.accepted()) {
                result = applied.solution().version() == before ? PubliccodeSync.Result.UNCHANGED
                        : PubliccodeSync.Result.UPDATED;
                problems = notes;
            } else {
                result = PubliccodeSync.Result.FAILED;
                problems = new ArrayList<>(applied.errors().stream().map(RepositorySync::problem).toList());
                problems.addAll(notes);
            }
        } catch (PubliccodeFetch.Refused refused) {
            result = PubliccodeSync.Result.FAILED;
            problems = List.of(new PubliccodeSync.Problem("", 0, REFUSED + refused.reason(),
                    List.of(refused.detail() == null ? "" : refused.detail())));
        }
        Instant now = clock.instant();
        store.record(state.key(), now, result, problems);
        return new PubliccodeSync(state.key(), state.url(), now, result, problems);
    }

    private static PubliccodeSync.Problem problem(ImportError e) {
        return new PubliccodeSync.Problem(e.field(), e.line(), e.code(), e.arguments().stream().map(String::valueOf)
                .toList());
    }
}
