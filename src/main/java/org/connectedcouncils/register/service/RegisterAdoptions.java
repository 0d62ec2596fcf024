package org.connectedcouncils.register.service;

import static org.connectedcouncils.register.service.RegisterMessages.ALREADY_CONFIRMED;
import static org.connectedcouncils.register.service.RegisterMessages.AUDIT_ADOPTION_CONFIRMED;
import static org.connectedcouncils.register.service.RegisterMessages.AUDIT_ADOPTION_DECLARED;
import static org.connectedcouncils.register.service.RegisterMessages.AUDIT_ADOPTION_RECONFIRMED;
import static org.connectedcouncils.register.service.RegisterMessages.FUTURE_DATE;
import static org.connectedcouncils.register.service.RegisterMessages.NOT_COUNCIL_EDITOR;
import static org.connectedcouncils.register.service.RegisterMessages.NOT_OWNER_EDITOR;
import static org.connectedcouncils.register.service.RegisterMessages.NOT_PUBLISHED;
import static org.connectedcouncils.register.service.RegisterMessages.OWN_COUNCIL;
import static org.connectedcouncils.register.service.RegisterMessages.STOPPED_NO_CHECK;


import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal.Conflict;
import org.connectedcouncils.common.domain.Refusal.NotAllowed;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.service.DomainEvents;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.AdoptionDetails;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.Hosting;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.EntryEvent;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.RegisterPolicy;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionValidator;

/** The use cases on councils' adoptions of entries: declare, confirm, and read them per entry or per council. */
final class RegisterAdoptions {

    private final SolutionStore store;
    private final RegisterGuards guards;
    private final RegisterAudit audit;
    private final CouncilDirectory councils;
    private final DomainEvents events;
    private final Clock clock;

    RegisterAdoptions(SolutionStore store, RegisterGuards guards, RegisterAudit audit, CouncilDirectory councils,
            DomainEvents events, Clock clock) {
        this.store = store;
        this.guards = guards;
        this.audit = audit;
        this.councils = councils;
        this.events = events;
        this.clock = clock;
    }

    Adoption declare(SolutionKey key, CouncilCode council, AdoptionDeclaration declaration) {
        Actor actor = guards.signedIn();
        Solution solution = adopterView(actor, key, council);
        if (!solution.isPublished()) {
            throw new Conflict(NOT_PUBLISHED);
        }
        checkDeclaration(solution, council, declaration);
        Instant now = clock.instant();
        Adoption previous = store.findAdoption(key, council).orElse(null);
        boolean stateChanged = previous == null || previous.state() != declaration.state();
        AdoptionDetails details = trimmed(declaration.details());
        Adoption next = new Adoption(key, council, declaration.state(), declaration.since(),
                blankToNull(declaration.evidenceUrl()), actor.userKey(), now,
                stateChanged ? null : previous.confirmedBy(), stateChanged ? null : previous.confirmedAt(), details);
        List<HistoryEntry> lines = new ArrayList<>();
        String subject = HistoryEntry.adoptionOf(council);
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
        AdoptionDetails before = previous == null ? AdoptionDetails.NONE : previous.details();
        detailLine(lines, key, subject, "release", before.release(), details.release(), actor, now);
        detailLine(lines, key, subject, "hosting", code(before.hosting()), code(details.hosting()), actor, now);
        detailLine(lines, key, subject, "supplier", before.supplier(), details.supplier(), actor, now);
        detailLine(lines, key, subject, "annualSaving", money(before.annualSaving()), money(details.annualSaving()),
                actor, now);
        if (lines.isEmpty()) {
            return previous;
        }
        Adoption saved = write(AUDIT_ADOPTION_DECLARED, actor, solution, previous, next, lines);
        EntryEvent.What what = previous == null ? EntryEvent.What.ADOPTION_DECLARED : EntryEvent.What.ADOPTION_CHANGED;
        events.publish(new EntryEvent(what, solution, lines.stream().map(HistoryEntry::field).toList(), council,
                saved.state().code(), actor.userKey(), now));
        return saved;
    }

    Adoption confirm(SolutionKey key, CouncilCode council) {
        Actor actor = guards.signedIn();
        Solution solution = guards.visible(actor, key);
        if (!RegisterPolicy.canConfirmAdoptionsOf(actor, solution)) {
            throw new NotAllowed(NOT_OWNER_EDITOR);
        }
        Adoption previous = existing(key, council);
        if (previous.isConfirmed()) {
            throw new Conflict(ALREADY_CONFIRMED);
        }
        Instant now = clock.instant();
        Adoption next = new Adoption(key, council, previous.state(), previous.since(), previous.evidenceUrl(),
                previous.declaredBy(), previous.declaredAt(), actor.userKey(), now, previous.details(),
                previous.checkedAt(), previous.lapsedAt());
        HistoryEntry line = new HistoryEntry(key, HistoryEntry.adoptionOf(council), "confirmed", null,
                previous.state().code(), actor.userKey(), now);
        Adoption saved = write(AUDIT_ADOPTION_CONFIRMED, actor, solution, previous, next, List.of(line));
        events.publish(new EntryEvent(EntryEvent.What.ADOPTION_CONFIRMED, solution, List.of(), council,
                saved.state().code(), actor.userKey(), now));
        return saved;
    }

    /**
     * The adopter council says it still uses the entry (answering "do you still use it?"): the adoption is checked
     * now and, if it had lapsed, restored. Its editors and admins may; a stopped adoption needs no re-confirmation.
     */
    Adoption reconfirm(SolutionKey key, CouncilCode council) {
        Actor actor = guards.signedIn();
        Solution solution = adopterView(actor, key, council);
        Adoption previous = existing(key, council);
        if (previous.state() == AdoptionState.STOPPED) {
            throw new Conflict(STOPPED_NO_CHECK);
        }
        Instant now = clock.instant();
        HistoryEntry line = new HistoryEntry(key, HistoryEntry.adoptionOf(council), "reconfirmed",
                previous.isLapsed() ? "lapsed" : null, previous.state().code(), actor.userKey(), now);
        return write(AUDIT_ADOPTION_RECONFIRMED, actor, solution, previous, previous.reconfirmed(now), List.of(line));
    }

    /** The entry, if {@code actor} may see it and speak for {@code council} (its editors and admins). */
    private Solution adopterView(Actor actor, SolutionKey key, CouncilCode council) {
        Solution solution = guards.visible(actor, key);
        if (!RegisterPolicy.canDeclareFor(actor, council)) {
            throw new NotAllowed(NOT_COUNCIL_EDITOR);
        }
        return solution;
    }

    private Adoption existing(SolutionKey key, CouncilCode council) {
        return store.findAdoption(key, council).orElseThrow(() -> new NotFound(key + "/" + council.value()));
    }

    /** Saves {@code next} over {@code previous} with its history lines, and audits the change. */
    private Adoption write(String auditKey, Actor actor, Solution solution, Adoption previous, Adoption next,
            List<HistoryEntry> lines) {
        Adoption saved = store.saveAdoption(solution, previous, next, lines);
        audit.record(auditKey, solution, actor, lines);
        return saved;
    }

    Page<Adoption> ofEntry(SolutionKey key, PageRequest page) {
        guards.visible(guards.signedIn(), key);
        return store.adoptions(key, page);
    }

    Page<Adoption> byCouncil(CouncilCode council, PageRequest page) {
        guards.signedIn();
        return store.adoptionsBy(council, page);
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
        SolutionValidator.checkAdoptionDetails(errors, declaration.details());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** A history line for a changed detail; a first declaration records only the details it states. */
    private static void detailLine(List<HistoryEntry> lines, SolutionKey key, String subject, String field,
            String old, String now, Actor actor, Instant at) {
        if (!Objects.equals(old, now)) {
            lines.add(new HistoryEntry(key, subject, field, old, now, actor.userKey(), at));
        }
    }

    private static AdoptionDetails trimmed(AdoptionDetails d) {
        return new AdoptionDetails(blankToNull(d.release()), d.hosting(), blankToNull(d.supplier()),
                d.annualSaving());
    }

    private static String code(Hosting hosting) {
        return hosting == null ? null : hosting.code();
    }

    private static String money(Money m) {
        return m == null ? null : m.minorUnits() + " " + m.currency();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
