package org.connectedcouncils.council.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.connectedcouncils.common.audit.AuditRecord;
import org.connectedcouncils.common.audit.AuditTrail;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.DomainEvents;
import org.connectedcouncils.common.service.PersonNames;
import org.connectedcouncils.common.service.SignedIn;
import org.connectedcouncils.common.service.Transactions;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.EditorRequest;
import org.connectedcouncils.council.domain.EditorRequestEvent;
import org.connectedcouncils.council.domain.EditorRequestState;

/**
 * "Request editor rights for my council": a signed-in person who does not edit for a council asks to; the council's
 * editors or an admin approve (the requester gets a user → council editor mapping through {@link MappingGrants}, in
 * the decision's transaction) or refuse with a reason. Each step is audited and told as an {@link EditorRequestEvent}.
 */
public final class EditorRequests {

    static final String PREFIX = "connected-councils.council.editorRights.";
    static final String ALREADY_EDITOR = PREFIX + "alreadyEditor";
    static final String NOT_DECIDER = PREFIX + "notDecider";
    static final String AUDIT = "connected-councils.audit.editorRequest.";

    private final EditorRequestStore store;
    private final CouncilDirectory councils;
    private final MappingGrants grants;
    private final ActorProvider actors;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final DomainEvents events;
    private final PersonNames names;
    private final Clock clock;

    public EditorRequests(EditorRequestStore store, CouncilDirectory councils, RoleMappings mappings,
            ActorProvider actors, Transactions transactions, AuditTrail audit, DomainEvents events,
            PersonNames names, Clock clock) {
        this.store = store;
        this.councils = councils;
        this.grants = new MappingGrants(councils, mappings, audit);
        this.actors = actors;
        this.transactions = transactions;
        this.audit = audit;
        this.events = events;
        this.names = names;
        this.clock = clock;
    }

    /**
     * What the profile's editor-rights panel shows the current person about one council: their latest request, and
     * for its editors and admins the pending ones with the requesters' names (a key the host does not know is absent).
     */
    public record Standing(boolean signedIn, boolean editor, boolean mayDecide, Optional<EditorRequest> mine,
            Page<EditorRequest> pending, Map<String, String> names) {
    }

    /** The current person's standing for {@code council}: their latest request, and the pending ones if they decide. */
    public Standing standing(CouncilCode council, PageRequest page) {
        Actor actor = actors.current();
        if (actor == null || actor.isAnonymous()) {
            return new Standing(false, false, false, Optional.empty(), Page.of(List.of(), page), Map.of());
        }
        boolean editor = actor.editsFor(council);
        boolean decides = editor || actor.admin();
        Page<EditorRequest> pending = decides ? store.pending(council, page) : Page.of(List.of(), page);
        return new Standing(true, editor, decides, editor ? Optional.empty() : store.latest(council, actor.userKey()),
                pending, pending.items().isEmpty() ? Map.of()
                        : names.names(pending.items().stream().map(EditorRequest::requester).toList()));
    }

    /** The signed-in person asks to edit for an active council they do not edit for yet; the reason is required. */
    public EditorRequest request(CouncilCode council, String reason) {
        Actor actor = SignedIn.require(actors);
        Council found = activeCouncil(council);
        String why = checkedReason(reason);
        if (actor.editsFor(found.code())) {
            throw new Refusal.Conflict(ALREADY_EDITOR);
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> announced(
                store.create(EditorRequest.pending(found.code(), actor.userKey(), why, now)),
                EditorRequestEvent.What.REQUESTED, "requested", actor, null, now));
    }

    /** An editor of the council or an admin approves: the request is decided and the mapping added, in one go. */
    public EditorRequest approve(CouncilCode council, long id) {
        Actor actor = decider(council);
        EditorRequest request = pendingRequest(council, id);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            EditorRequest decided = store.decide(request.decided(EditorRequestState.APPROVED, actor.userKey(), now,
                    null));
            grants.grant(decided.grantedMapping(), actor);
            return announced(decided, EditorRequestEvent.What.APPROVED, "approved", actor, null, now);
        });
    }

    /** An editor of the council or an admin refuses, with a reason the requester sees. */
    public EditorRequest refuse(CouncilCode council, long id, String reason) {
        Actor actor = decider(council);
        String why = checkedReason(reason);
        EditorRequest request = pendingRequest(council, id);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> announced(
                store.decide(request.decided(EditorRequestState.REFUSED, actor.userKey(), now, why)),
                EditorRequestEvent.What.REFUSED, "refused", actor, why, now));
    }

    /** The council's pending requests, for its editors and admins. */
    public Page<EditorRequest> pending(CouncilCode council, PageRequest page) {
        decider(council);
        activeCouncil(council);
        return store.pending(council, page);
    }

    /** The current person's latest request for the council. */
    public EditorRequest mine(CouncilCode council) {
        Actor actor = SignedIn.require(actors);
        return store.latest(council, actor.userKey()).orElseThrow(() -> new Refusal.NotFound(council.value()));
    }

    private Actor decider(CouncilCode council) {
        Actor actor = SignedIn.require(actors);
        if (!actor.admin() && !actor.editsFor(council)) {
            throw new Refusal.NotAllowed(NOT_DECIDER);
        }
        return actor;
    }

    private Council activeCouncil(CouncilCode council) {
        return councils.find(council).filter(c -> !c.retired())
                .orElseThrow(() -> new Refusal.NotFound(council.value()));
    }

    private EditorRequest pendingRequest(CouncilCode council, long id) {
        EditorRequest request = store.find(council, id).orElseThrow(() -> new Refusal.NotFound(String.valueOf(id)));
        if (!request.isPending()) {
            throw new Refusal.Conflict(EditorRequestStore.DECIDED);
        }
        return request;
    }

    private static String checkedReason(String reason) {
        List<FieldError> errors = new ArrayList<>();
        FieldChecks.text(errors, "reason", reason, true, EditorRequest.REASON_MAX);
        FieldChecks.throwIfAny(errors);
        return reason.strip();
    }

    /** Audits a request just written ({@code verb}, with the refusal's reason if any) and publishes its event. */
    private EditorRequest announced(EditorRequest r, EditorRequestEvent.What what, String verb, Actor actor,
            String refusal, Instant now) {
        String subject = r.requester() + " → " + r.council().value();
        audit.record(new AuditRecord(AUDIT + verb, "editorRequest", String.valueOf(r.id()), subject,
                actor.userKey(), refusal == null ? List.of() : List.of(new AuditRecord.Change("refusal", null,
                        refusal))));
        events.publish(new EditorRequestEvent(what, r, actor.userKey(), now));
        return r;
    }
}
