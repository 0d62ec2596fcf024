package org.connectedcouncils.register.service;

import static org.connectedcouncils.register.service.RegisterMessages.ALREADY_PUBLISHED;
import static org.connectedcouncils.register.service.RegisterMessages.ALREADY_RETIRED;
import static org.connectedcouncils.register.service.RegisterMessages.AUDIT_CONFIRMED;
import static org.connectedcouncils.register.service.RegisterMessages.AUDIT_CREATED;
import static org.connectedcouncils.register.service.RegisterMessages.AUDIT_DELETED;
import static org.connectedcouncils.register.service.RegisterMessages.DELETE_ADOPTED;
import static org.connectedcouncils.register.service.RegisterMessages.DELETE_PUBLISHED;
import static org.connectedcouncils.register.service.RegisterMessages.AUDIT_PUBLISHED;
import static org.connectedcouncils.register.service.RegisterMessages.AUDIT_RETIRED;
import static org.connectedcouncils.register.service.RegisterMessages.AUDIT_UPDATED;
import static org.connectedcouncils.register.service.RegisterMessages.NOT_BOTH_COUNCILS_EDITOR;
import static org.connectedcouncils.register.service.RegisterMessages.NOT_COUNCIL_EDITOR;


import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal.Conflict;
import org.connectedcouncils.common.domain.Refusal.NotAllowed;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.common.domain.Refusal.StaleVersion;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.service.DomainEvents;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.register.domain.EntryEvent;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.register.domain.RegisterPolicy;
import org.connectedcouncils.register.domain.Retirement;
import org.connectedcouncils.register.domain.SimilarEntry;
import org.connectedcouncils.register.domain.SimilarityQuery;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionChanges;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionList;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.domain.SolutionValidator;
import org.connectedcouncils.register.domain.Vocabulary;

/**
 * The use cases on register entries: create, edit, publish, retire, confirm, delete a never-published draft, and read
 * them with their history.
 */
final class RegisterEntries {

    /** The history field of the line a sync adds to the fields it changed. */
    static final String SYNCED_FROM = "syncedFrom";

    private final SolutionStore store;
    private final RegisterGuards guards;
    private final RegisterAudit audit;
    private final CouncilDirectory councils;
    private final ServiceAreaCatalogue serviceAreas;
    private final ConfirmationPolicy confirmation;
    private final DomainEvents events;
    private final Clock clock;
    private final OwnerGroups ownerGroups;

    RegisterEntries(SolutionStore store, RegisterGuards guards, RegisterAudit audit, CouncilDirectory councils,
            ServiceAreaCatalogue serviceAreas, ConfirmationPolicy confirmation, DomainEvents events, Clock clock) {
        this.store = store;
        this.guards = guards;
        this.audit = audit;
        this.councils = councils;
        this.serviceAreas = serviceAreas;
        this.confirmation = confirmation;
        this.events = events;
        this.clock = clock;
        this.ownerGroups = new OwnerGroups(councils);
    }

    Solution create(SolutionContent content) {
        Actor actor = checkedCreate(content);
        Solution created = store.create(content, actor.userKey(), clock.instant());
        audit.record(AUDIT_CREATED, created, actor, List.of(new HistoryEntry(created.key(), "solution", "name", null,
                content.name(), actor.userKey(), created.created())));
        return created;
    }

    void checkCreate(SolutionContent content) {
        checkedCreate(content);
    }

    private Actor checkedCreate(SolutionContent content) {
        Actor actor = guards.signedIn();
        if (content.ownerCouncil() != null && !RegisterPolicy.canCreateFor(actor, content.ownerCouncil())) {
            throw new NotAllowed(NOT_COUNCIL_EDITOR);
        }
        rejectRetiredPhase(content);
        SolutionValidator.check(content, vocabulary(null));
        return actor;
    }

    Solution update(SolutionKey key, int expectedVersion, SolutionContent content) {
        return updateAs(guards.signedIn(), key, expectedVersion, content, null);
    }

    /**
     * The update as {@code actor}; with a {@code source} (a sync's URL) an update that changes nothing writes
     * nothing, and one that does carries a "synced from" history line naming the source.
     */
    Solution updateAs(Actor actor, SolutionKey key, int expectedVersion, SolutionContent content, String source) {
        Solution current = guards.editable(actor, key);
        return edit(actor, current, checkedUpdate(actor, current, expectedVersion, content), source);
    }

    void checkUpdate(SolutionKey key, int expectedVersion, SolutionContent content) {
        Actor actor = guards.signedIn();
        Solution current = guards.editable(actor, key);
        validated(current, checkedUpdate(actor, current, expectedVersion, content));
    }

    /**
     * The edit's ownership and permission rules (the "may edit" check done): the version check, the owner move and
     * the retired phase; answers the content that would be stored, not yet validated.
     */
    private SolutionContent checkedUpdate(Actor actor, Solution current, int expectedVersion,
            SolutionContent content) {
        if (current.version() != expectedVersion) {
            throw new StaleVersion(current.version());
        }
        CouncilCode owner = current.content().ownerCouncil();
        if (!Objects.equals(content.ownerCouncil(), owner)
                && !RegisterPolicy.canMove(actor, owner, content.ownerCouncil())) {
            throw new NotAllowed(RegisterPolicy.canCreateFor(actor, content.ownerCouncil())
                    ? NOT_BOTH_COUNCILS_EDITOR : NOT_COUNCIL_EDITOR);
        }
        boolean retired = current.content().phase() == Phase.RETIRED;
        SolutionContent next = retired && content.phase() != null ? content.withPhase(Phase.RETIRED) : content;
        if (!retired) {
            rejectRetiredPhase(content);
        }
        return next;
    }

    /**
     * The successor of the entry's ended owner council takes it over: the edit path with the ownership rule's
     * exception for a successor ({@link RegisterPolicy#canTakeOver}) in place of the "may edit" check.
     */
    Solution takeOver(SolutionKey key, CouncilCode to) {
        Actor actor = guards.signedIn();
        Solution current = store.find(key).orElseThrow(() -> new NotFound(key.toString()));
        CouncilCode owner = current.content().ownerCouncil();
        CouncilCode successor = owner == null ? null
                : councils.find(owner).filter(c -> c.retired()).map(c -> c.successor()).orElse(null);
        if (!RegisterPolicy.canTakeOver(actor, successor, to)) {
            throw new NotAllowed(NOT_COUNCIL_EDITOR);
        }
        return edit(actor, current, current.content().withOwnerCouncil(to), null);
    }

    /**
     * The one edit step after the caller's ownership rule (the "may edit" check or the take-over's): validates
     * {@code next}, saves it with a history line per changed field and a new version, audits and publishes the
     * event. With a {@code source} (a sync's URL) an edit that changes nothing writes nothing.
     */
    private Solution edit(Actor actor, Solution current, SolutionContent content, String source) {
        SolutionKey key = current.key();
        SolutionContent next = validated(current, content);
        Instant now = clock.instant();
        List<HistoryEntry> changes = SolutionChanges.between(key, current.content(), next, actor.userKey(), now);
        if (source != null) {
            if (changes.isEmpty()) {
                return current;
            }
            changes = new ArrayList<>(changes);
            changes.add(line(key, SYNCED_FROM, null, source, actor, now));
        }
        Solution updated = copy(current, next, current.state(), current.lastConfirmed(), now);
        Solution saved = write(AUDIT_UPDATED, actor, current, updated, changes);
        List<String> fields = changes.stream().map(HistoryEntry::field).filter(f -> !SYNCED_FROM.equals(f))
                .distinct().toList();
        if (!fields.isEmpty()) {
            events.publish(new EntryEvent(EntryEvent.What.UPDATED, saved, fields, null, null, actor.userKey(), now));
        }
        return saved;
    }

    private SolutionContent validated(Solution current, SolutionContent next) {
        SolutionValidator.check(next, vocabulary(current));
        return next;
    }

    Solution publish(SolutionKey key) {
        Actor actor = guards.signedIn();
        Solution current = guards.editable(actor, key);
        if (current.isPublished()) {
            throw new Conflict(ALREADY_PUBLISHED);
        }
        Instant now = clock.instant();
        HistoryEntry line = line(key, "state", EntryState.DRAFT.code(), EntryState.PUBLISHED.code(), actor, now);
        Solution next = copy(current, current.content(), EntryState.PUBLISHED, now, now);
        Solution saved = write(AUDIT_PUBLISHED, actor, current, next, List.of(line));
        events.publish(EntryEvent.of(EntryEvent.What.PUBLISHED, saved, actor.userKey(), now));
        return saved;
    }

    Solution retire(SolutionKey key, Retirement retirement) {
        Actor actor = guards.signedIn();
        Solution current = guards.editable(actor, key);
        if (current.content().phase() == Phase.RETIRED) {
            throw new Conflict(ALREADY_RETIRED);
        }
        Retirement details = trimmed(retirement);
        SolutionValidator.checkRetirement(key, details);
        if (details.replacedBy() != null) {
            // The replacement must be an entry the person may see; one they may not see is reported as unknown.
            try {
                guards.visible(actor, details.replacedBy());
            } catch (NotFound e) {
                throw ValidationException.of(FieldError.of("replacedBy", SolutionValidator.UNKNOWN_ENTRY,
                        details.replacedBy().toString()));
            }
        }
        Instant now = clock.instant();
        List<HistoryEntry> lines = new ArrayList<>();
        lines.add(line(key, "phase", current.content().phase().code(), Phase.RETIRED.code(), actor, now));
        lines.add(line(key, "retirement.reason", null, details.reason(), actor, now));
        if (details.lessonsLearned() != null) {
            lines.add(line(key, "retirement.lessonsLearned", null, details.lessonsLearned(), actor, now));
        }
        if (details.replacedBy() != null) {
            lines.add(line(key, "retirement.replacedBy", null, details.replacedBy().toString(), actor, now));
        }
        SolutionContent retired = current.content().withPhase(Phase.RETIRED);
        Solution next = new Solution(key, retired, current.state(), current.adoptions(), current.created(),
                current.createdBy(), now, current.lastConfirmed(), current.version(), details);
        Solution saved = write(AUDIT_RETIRED, actor, current, next, lines);
        events.publish(EntryEvent.of(EntryEvent.What.RETIRED, saved, actor.userKey(), now));
        return saved;
    }

    /** Deletes a draft that was never published and that no council declared it uses; audited. */
    void delete(SolutionKey key) {
        Actor actor = guards.signedIn();
        Solution current = guards.editable(actor, key);
        if (current.isPublished()) {
            throw new Conflict(DELETE_PUBLISHED);
        }
        if (current.adoptions().total() > 0) {
            throw new Conflict(DELETE_ADOPTED);
        }
        store.delete(current);
        audit.record(AUDIT_DELETED, current, actor, List.of(line(key, "state", current.state().code(), null,
                actor, clock.instant())));
    }

    Solution confirmStillCurrent(SolutionKey key) {
        Actor actor = guards.signedIn();
        Solution current = guards.editable(actor, key);
        Instant now = clock.instant();
        HistoryEntry line = line(key, "lastConfirmed", current.lastConfirmed() == null ? null
                : current.lastConfirmed().toString(), now.toString(), actor, now);
        Solution next = copy(current, current.content(), current.state(), now, now);
        return write(AUDIT_CONFIRMED, actor, current, next, List.of(line));
    }

    /** Saves {@code next} over {@code current} with its history lines, and audits the change. */
    private Solution write(String auditKey, Actor actor, Solution current, Solution next, List<HistoryEntry> lines) {
        Solution saved = store.save(current, next, lines);
        audit.record(auditKey, saved, actor, lines);
        return saved;
    }

    ConfirmationRule confirmationRule() {
        return new ConfirmationRule(confirmation.stalenessDays(), clock.instant());
    }

    Solution get(SolutionKey key) {
        return guards.visible(guards.signedIn(), key);
    }

    Solution getAs(Actor actor, SolutionKey key) {
        return guards.editable(actor, key);
    }

    SolutionList list(SolutionQuery query) {
        Visibility visibility = Visibility.of(guards.signedIn());
        return store.list(ownerGroups.resolve(query), visibility);
    }

    Map<SolutionKey, Solution> findVisible(Collection<SolutionKey> keys) {
        Actor actor = guards.signedIn();
        List<SolutionKey> all = new ArrayList<>(keys);
        Map<SolutionKey, Solution> visible = new LinkedHashMap<>();
        for (int start = 0; start < all.size(); start += PageRequest.MAX_LIMIT) {
            store.findAll(all.subList(start, Math.min(all.size(), start + PageRequest.MAX_LIMIT))).values().stream()
                    .filter(s -> RegisterPolicy.canSee(actor, s)).forEach(s -> visible.put(s.key(), s));
        }
        return visible;
    }

    void readAll(SolutionQuery query, Consumer<List<Solution>> batch) {
        Visibility visibility = Visibility.of(guards.signedIn());
        List<SolutionKey> keys = store.keys(ownerGroups.resolve(query), visibility);
        for (int start = 0; start < keys.size(); start += PageRequest.MAX_LIMIT) {
            List<SolutionKey> some = keys.subList(start, Math.min(keys.size(), start + PageRequest.MAX_LIMIT));
            Map<SolutionKey, Solution> found = store.findAll(some);
            // An entry deleted since the keys were read is left out; the others keep the view's order.
            batch.accept(some.stream().map(found::get).filter(Objects::nonNull).toList());
        }
    }

    void readColumns(SolutionQuery query, List<RegisterColumn> columns, Consumer<List<Solution>> batch) {
        Visibility visibility = Visibility.of(guards.signedIn());
        List<SolutionKey> keys = store.keys(ownerGroups.resolve(query), visibility);
        for (int start = 0; start < keys.size(); start += SolutionStore.MAX_PROJECTED) {
            List<SolutionKey> some = keys.subList(start, Math.min(keys.size(), start + SolutionStore.MAX_PROJECTED));
            Map<SolutionKey, Solution> found = store.findColumns(some, columns);
            batch.accept(some.stream().map(found::get).filter(Objects::nonNull).toList());
        }
    }

    List<SimilarEntry> similar(SimilarityQuery query) {
        Actor actor = guards.signedIn();
        query.check();
        return store.similar(query, Visibility.of(actor));
    }

    Page<HistoryEntry> history(SolutionKey key, PageRequest page) {
        guards.visible(guards.signedIn(), key);
        return store.history(key, page);
    }

    /** Retiring is its own action (with its own history line), not a phase an edit may pick. */
    private static void rejectRetiredPhase(SolutionContent content) {
        if (content.phase() == Phase.RETIRED) {
            throw ValidationException.of(FieldError.of("phase", SolutionValidator.RETIRED_BY_ACTION));
        }
    }

    /** Reference data for validation; an edit may keep the owner and areas it already had even if since retired. */
    private Vocabulary vocabulary(Solution current) {
        Set<String> active = serviceAreas.activeCodes();
        return new Vocabulary() {
            @Override
            public boolean isActiveCouncil(CouncilCode code) {
                if (current != null && code.equals(current.content().ownerCouncil())) {
                    return true;
                }
                return councils.find(code).map(c -> !c.retired()).orElse(false);
            }

            @Override
            public boolean isActiveServiceArea(String code) {
                return active.contains(code) || (current != null && current.content().serviceAreas().contains(code));
            }
        };
    }

    private static Solution copy(Solution s, SolutionContent content, EntryState state, Instant confirmed,
            Instant now) {
        return new Solution(s.key(), content, state, s.adoptions(), s.created(), s.createdBy(), now, confirmed,
                s.version(), s.retirement());
    }

    private static Retirement trimmed(Retirement r) {
        Retirement given = r == null ? new Retirement(null, null, null) : r;
        return new Retirement(blankToNull(given.reason()), blankToNull(given.lessonsLearned()), given.replacedBy());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static HistoryEntry line(SolutionKey key, String field, String old, String now, Actor actor,
            Instant at) {
        return new HistoryEntry(key, "solution", field, old, now, actor.userKey(), at);
    }
}
