package org.connectedcouncils.register.service;

import org.connectedcouncils.common.service.ActorProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.connectedcouncils.common.audit.AuditRecord;
import org.connectedcouncils.common.audit.AuditTrail;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.common.domain.Refusal.Conflict;
import org.connectedcouncils.common.domain.Refusal.NotAllowed;
import org.connectedcouncils.common.domain.Refusal.NotAuthenticated;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.register.domain.RegisterPolicy;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionChanges;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionList;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.domain.SolutionValidator;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.register.domain.Vocabulary;

/** The register use cases: authenticate, load, check permission, validate, then one store write. */
public final class DefaultSolutionRegister implements SolutionRegister {

    static final String NOT_EDITOR = "connected-councils.denied.notEditor";
    static final String NOT_OWNER_EDITOR = "connected-councils.denied.notOwnerEditor";
    static final String NOT_COUNCIL_EDITOR = "connected-councils.denied.notCouncilEditor";
    static final String ALREADY_PUBLISHED = "connected-councils.conflict.alreadyPublished";
    static final String ALREADY_RETIRED = "connected-councils.conflict.alreadyRetired";
    static final String NOT_PUBLISHED = "connected-councils.conflict.notPublished";
    static final String ALREADY_CONFIRMED = "connected-councils.conflict.alreadyConfirmed";
    static final String OWN_COUNCIL = "connected-councils.error.ownCouncil";
    static final String FUTURE_DATE = "connected-councils.error.futureDate";
    static final String AUDIT_CREATED = "connected-councils.audit.solution.created";
    static final String AUDIT_UPDATED = "connected-councils.audit.solution.updated";
    static final String AUDIT_PUBLISHED = "connected-councils.audit.solution.published";
    static final String AUDIT_RETIRED = "connected-councils.audit.solution.retired";
    static final String AUDIT_CONFIRMED = "connected-councils.audit.solution.confirmed";
    static final String AUDIT_ADOPTION_DECLARED = "connected-councils.audit.adoption.declared";
    static final String AUDIT_ADOPTION_CONFIRMED = "connected-councils.audit.adoption.confirmed";

    private final SolutionStore store;
    private final CouncilDirectory councils;
    private final ServiceAreaCatalogue serviceAreas;
    private final ActorProvider actors;
    private final AuditTrail audit;
    private final ConfirmationPolicy confirmation;
    private final Clock clock;

    public DefaultSolutionRegister(SolutionStore store, CouncilDirectory councils, ServiceAreaCatalogue serviceAreas,
            ActorProvider actors, AuditTrail audit, ConfirmationPolicy confirmation, Clock clock) {
        this.store = store;
        this.councils = councils;
        this.serviceAreas = serviceAreas;
        this.actors = actors;
        this.audit = audit;
        this.confirmation = confirmation;
        this.clock = clock;
    }

    @Override
    public Solution create(SolutionContent content) {
        Actor actor = checkedCreate(content);
        Solution created = store.create(content, actor.userKey(), clock.instant());
        audited(AUDIT_CREATED, created, actor, List.of(new HistoryEntry(created.key(), "solution", "name", null,
                content.name(), actor.userKey(), created.created())));
        return created;
    }

    @Override
    public void checkCreate(SolutionContent content) {
        checkedCreate(content);
    }

    private Actor checkedCreate(SolutionContent content) {
        Actor actor = signedIn();
        if (content.ownerCouncil() != null && !RegisterPolicy.canCreateFor(actor, content.ownerCouncil())) {
            throw new NotAllowed(NOT_COUNCIL_EDITOR);
        }
        rejectRetiredPhase(content);
        SolutionValidator.check(content, vocabulary(null));
        return actor;
    }

    @Override
    public Solution update(SolutionKey key, int expectedVersion, SolutionContent content) {
        Actor actor = signedIn();
        Solution current = editable(actor, key);
        SolutionContent next = checkedUpdate(actor, current, expectedVersion, content);
        Instant now = clock.instant();
        List<HistoryEntry> changes = SolutionChanges.between(key, current.content(), next, actor.userKey(), now);
        Solution saved = store.save(current, copy(current, next, current.state(), current.lastConfirmed(), now),
                changes);
        audited(AUDIT_UPDATED, saved, actor, changes);
        return saved;
    }

    @Override
    public void checkUpdate(SolutionKey key, int expectedVersion, SolutionContent content) {
        Actor actor = signedIn();
        checkedUpdate(actor, editable(actor, key), expectedVersion, content);
    }

    /** The update's permission and validation rules; answers the content that would be stored. */
    private SolutionContent checkedUpdate(Actor actor, Solution current, int expectedVersion,
            SolutionContent content) {
        if (current.version() != expectedVersion) {
            throw new org.connectedcouncils.common.domain.Refusal.StaleVersion(current.version());
        }
        if (!Objects.equals(content.ownerCouncil(), current.content().ownerCouncil())
                && !RegisterPolicy.canCreateFor(actor, content.ownerCouncil())) {
            throw new NotAllowed(NOT_COUNCIL_EDITOR);
        }
        boolean retired = current.content().phase() == Phase.RETIRED;
        SolutionContent next = retired && content.phase() != null ? withPhase(content, Phase.RETIRED) : content;
        if (!retired) {
            rejectRetiredPhase(content);
        }
        SolutionValidator.check(next, vocabulary(current));
        return next;
    }

    @Override
    public Solution publish(SolutionKey key) {
        Actor actor = signedIn();
        Solution current = editable(actor, key);
        if (current.isPublished()) {
            throw new Conflict(ALREADY_PUBLISHED);
        }
        Instant now = clock.instant();
        HistoryEntry line = line(key, "state", EntryState.DRAFT.code(), EntryState.PUBLISHED.code(), actor, now);
        Solution saved = store.save(current, copy(current, current.content(), EntryState.PUBLISHED, now, now),
                List.of(line));
        audited(AUDIT_PUBLISHED, saved, actor, List.of(line));
        return saved;
    }

    @Override
    public Solution retire(SolutionKey key) {
        Actor actor = signedIn();
        Solution current = editable(actor, key);
        if (current.content().phase() == Phase.RETIRED) {
            throw new Conflict(ALREADY_RETIRED);
        }
        Instant now = clock.instant();
        HistoryEntry line = line(key, "phase", current.content().phase().code(), Phase.RETIRED.code(), actor, now);
        SolutionContent retired = withPhase(current.content(), Phase.RETIRED);
        Solution saved = store.save(current, copy(current, retired, current.state(), current.lastConfirmed(), now),
                List.of(line));
        audited(AUDIT_RETIRED, saved, actor, List.of(line));
        return saved;
    }

    @Override
    public Solution confirmStillCurrent(SolutionKey key) {
        Actor actor = signedIn();
        Solution current = editable(actor, key);
        Instant now = clock.instant();
        HistoryEntry line = line(key, "lastConfirmed", current.lastConfirmed() == null ? null
                : current.lastConfirmed().toString(), now.toString(), actor, now);
        Solution saved = store.save(current, copy(current, current.content(), current.state(), now, now),
                List.of(line));
        audited(AUDIT_CONFIRMED, saved, actor, List.of(line));
        return saved;
    }

    @Override
    public ConfirmationRule confirmationRule() {
        return new ConfirmationRule(confirmation.stalenessDays(), clock.instant());
    }

    @Override
    public Solution get(SolutionKey key) {
        return visible(signedIn(), key);
    }

    @Override
    public SolutionList list(SolutionQuery query) {
        return store.list(query, Visibility.of(signedIn()));
    }

    @Override
    public void readAll(SolutionQuery query, Consumer<List<Solution>> batch) {
        List<SolutionKey> keys = store.keys(query, Visibility.of(signedIn()));
        for (int start = 0; start < keys.size(); start += PageRequest.MAX_LIMIT) {
            List<SolutionKey> some = keys.subList(start, Math.min(keys.size(), start + PageRequest.MAX_LIMIT));
            Map<SolutionKey, Solution> found = store.findAll(some);
            // An entry deleted since the keys were read is left out; the others keep the view's order.
            batch.accept(some.stream().map(found::get).filter(Objects::nonNull).toList());
        }
    }

    @Override
    public Adoption declareAdoption(SolutionKey key, CouncilCode council, AdoptionDeclaration declaration) {
        Actor actor = signedIn();
        Solution solution = visible(actor, key);
        if (!RegisterPolicy.canDeclareFor(actor, council)) {
            throw new NotAllowed(NOT_COUNCIL_EDITOR);
        }
        if (!solution.isPublished()) {
            throw new Conflict(NOT_PUBLISHED);
        }
        checkDeclaration(solution, council, declaration);
        Instant now = clock.instant();
        Adoption previous = store.findAdoption(key, council).orElse(null);
        boolean stateChanged = previous == null || previous.state() != declaration.state();
        Adoption next = new Adoption(key, council, declaration.state(), declaration.since(),
                blankToNull(declaration.evidenceUrl()), actor.userKey(), now,
                stateChanged ? null : previous.confirmedBy(), stateChanged ? null : previous.confirmedAt());
        List<HistoryEntry> lines = new ArrayList<>();
        String subject = "adoption:" + council.value();
        if (stateChanged) {
            lines.add(new HistoryEntry(key, subject, "state", previous == null ? null : previous.state().code(),
                    declaration.state().code(), actor.userKey(), now));
        }
        if (previous != null && !Objects.equals(previous.evidenceUrl(), next.evidenceUrl())) {
            lines.add(new HistoryEntry(key, subject, "evidenceUrl", previous.evidenceUrl(), next.evidenceUrl(),
                    actor.userKey(), now));
        }
        if (previous != null && !Objects.equals(previous.since(), next.since())) {
            lines.add(new HistoryEntry(key, subject, "since", String.valueOf(previous.since()),
                    String.valueOf(next.since()), actor.userKey(), now));
        }
        if (lines.isEmpty()) {
            return previous;
        }
        Adoption saved = store.saveAdoption(solution, previous, next, lines);
        audited(AUDIT_ADOPTION_DECLARED, solution, actor, lines);
        return saved;
    }

    @Override
    public Adoption confirmAdoption(SolutionKey key, CouncilCode council) {
        Actor actor = signedIn();
        Solution solution = visible(actor, key);
        if (!RegisterPolicy.canConfirmAdoptionsOf(actor, solution)) {
            throw new NotAllowed(NOT_OWNER_EDITOR);
        }
        Adoption previous = store.findAdoption(key, council)
                .orElseThrow(() -> new NotFound(key + "/" + council.value()));
        if (previous.isConfirmed()) {
            throw new Conflict(ALREADY_CONFIRMED);
        }
        Instant now = clock.instant();
        Adoption next = new Adoption(key, council, previous.state(), previous.since(), previous.evidenceUrl(),
                previous.declaredBy(), previous.declaredAt(), actor.userKey(), now);
        HistoryEntry line = new HistoryEntry(key, "adoption:" + council.value(), "confirmed", null,
                previous.state().code(), actor.userKey(), now);
        Adoption saved = store.saveAdoption(solution, previous, next, List.of(line));
        audited(AUDIT_ADOPTION_CONFIRMED, solution, actor, List.of(line));
        return saved;
    }

    @Override
    public Page<Adoption> adoptions(SolutionKey key, PageRequest page) {
        visible(signedIn(), key);
        return store.adoptions(key, page);
    }

    @Override
    public Page<Adoption> adoptionsBy(CouncilCode council, PageRequest page) {
        signedIn();
        return store.adoptionsBy(council, page);
    }

    @Override
    public Page<HistoryEntry> history(SolutionKey key, PageRequest page) {
        visible(signedIn(), key);
        return store.history(key, page);
    }

    private void checkDeclaration(Solution solution, CouncilCode council, AdoptionDeclaration declaration) {
        List<FieldError> errors = new ArrayList<>();
        if (declaration.state() == null) {
            errors.add(FieldError.of("state", SolutionValidator.REQUIRED));
        }
        if (council.equals(solution.content().ownerCouncil())) {
            errors.add(FieldError.of("councilCode", OWN_COUNCIL));
        } else if (councils.find(council).filter(c -> !c.retired()).isEmpty()) {
            errors.add(FieldError.of("councilCode", SolutionValidator.UNKNOWN_COUNCIL, council.value()));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (declaration.since() != null && declaration.since().isAfter(today)) {
            errors.add(FieldError.of("since", FUTURE_DATE));
        }
        String evidence = declaration.evidenceUrl();
        if (evidence != null && !evidence.isBlank()) {
            if (evidence.length() > SolutionValidator.URL_MAX) {
                errors.add(FieldError.of("evidenceUrl", SolutionValidator.TOO_LONG, SolutionValidator.URL_MAX));
            } else if (!SolutionValidator.isWebUrl(evidence)) {
                errors.add(FieldError.of("evidenceUrl", SolutionValidator.NOT_URL));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Sends the change to the audit log once it is stored, named by the entry and listing the changed fields. */
    private void audited(String summaryKey, Solution solution, Actor actor, List<HistoryEntry> lines) {
        List<AuditRecord.Change> changes = lines.stream()
                .map(h -> h.subject().equals("solution") ? new AuditRecord.Change(h.field(), h.oldValue(),
                        h.newValue()) : adoptionChange(h))
                .toList();
        audit.record(new AuditRecord(summaryKey, "solution", solution.key().toString(), solution.content().name(),
                actor.userKey(), changes));
    }

    /** Adoption lines name the council in the values: "E09000012: using". */
    private static AuditRecord.Change adoptionChange(HistoryEntry h) {
        String council = h.subject().substring(h.subject().indexOf(':') + 1);
        return new AuditRecord.Change("adoption." + h.field(), h.oldValue() == null ? null
                : council + ": " + h.oldValue(), h.newValue() == null ? null : council + ": " + h.newValue());
    }

    private Actor signedIn() {
        Actor actor = actors.current();
        if (actor == null || actor.isAnonymous()) {
            throw new NotAuthenticated();
        }
        return actor;
    }

    private Solution visible(Actor actor, SolutionKey key) {
        return store.find(key).filter(s -> RegisterPolicy.canSee(actor, s))
                .orElseThrow(() -> new NotFound(key.toString()));
    }

    private Solution editable(Actor actor, SolutionKey key) {
        Solution current = visible(actor, key);
        if (!RegisterPolicy.canEdit(actor, current)) {
            throw new NotAllowed(NOT_EDITOR);
        }
        return current;
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

    private static SolutionContent withPhase(SolutionContent c, Phase phase) {
        return new SolutionContent(c.name(), c.summary(), c.description(), c.kind(), phase, c.ownerCouncil(),
                c.keyContact(), c.serviceAreas(), c.offers(), c.landingUrl(), c.repositoryUrl(), c.licence(),
                c.softwareType(), c.maintenance(), c.platforms(), c.categories(), c.budgetBand(), c.oneOffCost(),
                c.annualRunningCost(), c.annualSaving(), c.citizenOutcomes());
    }

    private static Solution copy(Solution s, SolutionContent content, EntryState state, Instant confirmed,
            Instant now) {
        return new Solution(s.key(), content, state, s.adoptions(), s.created(), s.createdBy(), now, confirmed,
                s.version());
    }

    private static HistoryEntry line(SolutionKey key, String field, String old, String now, Actor actor,
            Instant at) {
        return new HistoryEntry(key, "solution", field, old, now, actor.userKey(), at);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

}
