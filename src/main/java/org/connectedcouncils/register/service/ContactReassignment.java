package org.connectedcouncils.register.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.audit.AuditTrail;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Refusal.NotAllowed;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.PersonNames;
import org.connectedcouncils.common.service.SignedIn;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionValidator;

/**
 * An administrator hands every entry whose key contact is one person (typically someone who left) to a new key
 * contact, who must be an active user: at most {@link #BATCH} entries a call, lowest keys first, in one transaction,
 * each with a history line and an audit record; {@code remaining} says how many are left for the next call.
 */
public final class ContactReassignment {

    /** Entries handed over per call. */
    public static final int BATCH = 50;
    static final String NO_ENTRIES = "connected-councils.error.contact.noEntries";
    static final String NOT_ACTIVE = "connected-councils.error.contact.notActive";
    static final String SAME = "connected-councils.error.contact.same";
    static final String NOT_ADMIN = "connected-councils.denied.notAdmin";
    static final String AUDIT_REASSIGNED = "connected-councils.audit.solution.contactReassigned";

    /** What a call did: the entries handed over (key order) and how many still name {@code from}. */
    public record Result(String from, String to, List<SolutionKey> reassigned, int remaining) {
    }

    private final SolutionStore store;
    private final ActorProvider actors;
    private final RegisterAudit audit;
    private final PersonNames people;
    private final Clock clock;

    public ContactReassignment(SolutionStore store, ActorProvider actors, AuditTrail audit, PersonNames people,
            Clock clock) {
        this.store = store;
        this.actors = actors;
        this.audit = new RegisterAudit(audit);
        this.people = people;
        this.clock = clock;
    }

    /**
     * Hands up to {@link #BATCH} entries naming {@code from} (a user key; deactivated or gone is the usual case) to
     * {@code to}, an active user. Refused unless the caller is an administrator; both keys are required and at most
     * {@value SolutionValidator#CONTACT_MAX} characters, different, {@code from} named by some entry.
     */
    public Result reassign(String from, String to) {
        Actor actor = SignedIn.require(actors);
        if (!actor.admin()) {
            throw new NotAllowed(NOT_ADMIN);
        }
        String source = from == null ? null : from.trim();
        String target = to == null ? null : to.trim();
        List<FieldError> errors = new ArrayList<>();
        FieldChecks.text(errors, "from", source, true, SolutionValidator.CONTACT_MAX);
        FieldChecks.text(errors, "to", target, true, SolutionValidator.CONTACT_MAX);
        FieldChecks.throwIfAny(errors);
        if (source.equals(target)) {
            errors.add(FieldError.of("to", SAME));
        } else if (!people.active(List.of(target)).contains(target)) {
            errors.add(FieldError.of("to", NOT_ACTIVE, target));
        }
        if (store.countByContact(source) == 0) {
            errors.add(FieldError.of("from", NO_ENTRIES, source));
        }
        FieldChecks.throwIfAny(errors);

        Instant now = clock.instant();
        List<Solution> handed = store.reassignContact(source, target, BATCH, actor.userKey(), now);
        for (Solution s : handed) {
            audit.record(AUDIT_REASSIGNED, s, actor, List.of(new HistoryEntry(s.key(), "solution", "keyContact",
                    source, target, actor.userKey(), now)));
        }
        return new Result(source, target, handed.stream().map(Solution::key).toList(),
                store.countByContact(source));
    }
}
