package org.connectedcouncils.workinggroup.service;

import static org.connectedcouncils.workinggroup.service.WorkingGroupGuards.NOT_COUNCIL_EDITOR;
import static org.connectedcouncils.workinggroup.service.WorkingGroupGuards.blankToNull;
import static org.connectedcouncils.workinggroup.service.WorkingGroupGuards.open;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

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
import org.connectedcouncils.common.service.Transactions;
import org.connectedcouncils.register.domain.SolutionValidator;
import org.connectedcouncils.workinggroup.domain.GroupEvent;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry.What;
import org.connectedcouncils.workinggroup.domain.Invitation;
import org.connectedcouncils.workinggroup.domain.InvitationState;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.domain.WorkingGroupPolicy;
import org.connectedcouncils.workinggroup.domain.WorkingGroupValidator;

/** The invitation use cases: the lead council's editors invite, the invited council's editors accept or decline. */
public final class GroupInvitations implements Invitations {

    static final String INVITATION_DECIDED = "connected-councils.workinggroup.conflict.invitationDecided";

    private final InvitationStore invitations;
    private final WorkingGroupStore store;
    private final GroupsAndMembers groups;
    private final WorkingGroupGuards guards;
    private final Transactions transactions;
    private final DomainEvents events;
    private final GroupHistoryStore history;
    private final Clock clock;

    /** The use cases that publish each invitation and answer through {@code events} (after commit). */
    public GroupInvitations(InvitationStore invitations, WorkingGroupStore store, GroupsAndMembers groups,
            WorkingGroupGuards guards, Transactions transactions, DomainEvents events, GroupHistoryStore history,
            Clock clock) {
        this.invitations = invitations;
        this.store = store;
        this.groups = groups;
        this.guards = guards;
        this.transactions = transactions;
        this.events = events;
        this.history = history;
        this.clock = clock;
    }

    public Invitation invite(WorkingGroupKey key, CouncilCode council, MemberRole role) {
        Actor actor = guards.signedIn();
        WorkingGroup group = open(guards.managed(actor, key));
        if (role == MemberRole.LEAD) {
            if (council == null) {
                throw ValidationException.of(FieldError.of("councilCode", SolutionValidator.REQUIRED));
            }
            if (council.equals(group.leadCouncil())) {
                throw new Conflict(GroupsAndMembers.ALREADY_LEAD);
            }
            store.findMembership(key, council).orElseThrow(() -> new Conflict(GroupsAndMembers.NOT_MEMBER));
        } else {
            guards.checkJoiningCouncil(council, role);
            if (store.findMembership(key, council).isPresent()) {
                throw new Conflict(GroupJoinRequests.ALREADY_MEMBER);
            }
        }
        Instant now = clock.instant();
        Invitation created = transactions.inTransaction(() -> {
            history.record(invited(key, council, role, actor, now));
            return invitations.create(pending(key, council, role, actor, now));
        });
        events.publish(new GroupEvent(GroupEvent.What.INVITED, group, council, null, actor.userKey(),
                created.invitedAt()));
        return created;
    }

    /** A new pending invitation, not yet stored. */
    static Invitation pending(WorkingGroupKey key, CouncilCode council, MemberRole role, Actor by, Instant at) {
        return new Invitation(0, key, council, role, InvitationState.PENDING, by.userKey(), at, null, null, null);
    }

    /** The history line of an invitation sent. */
    static GroupHistoryEntry invited(WorkingGroupKey key, CouncilCode council, MemberRole role, Actor by, Instant at) {
        return new GroupHistoryEntry(key, at, by.userKey(), What.INVITED, council, role.code());
    }

    public Invitation accept(WorkingGroupKey key, long invitationId) {
        Actor actor = guards.signedIn();
        Invitation invitation = pendingFor(actor, key, invitationId);
        WorkingGroup group = open(guards.group(key));
        Instant now = clock.instant();
        Invitation accepted = invitation.decided(InvitationState.ACCEPTED, actor.userKey(), now, null);
        Invitation stored;
        if (invitation.role() == MemberRole.LEAD) {
            stored = guards.guarded(invitation.council(), group.isFundingBid(), () -> transactions.inTransaction(() -> {
                Invitation decided = invitations.decide(accepted);
                groups.takeLead(key, invitation.council(), actor);
                return decided;
            }));
        } else {
            stored = transactions.inTransaction(() -> {
                Invitation decided = invitations.decide(accepted);
                store.addMember(new Membership(key, invitation.council(), invitation.role(), now,
                        invitation.invitedBy()), now);
                history.record(new GroupHistoryEntry(key, now, actor.userKey(), What.INVITATION_ACCEPTED,
                        invitation.council(), invitation.role().code()));
                return decided;
            });
        }
        events.publish(new GroupEvent(GroupEvent.What.INVITATION_ACCEPTED, group, invitation.council(), null,
                actor.userKey(), now));
        return stored;
    }

    public Invitation decline(WorkingGroupKey key, long invitationId, String reason) {
        Actor actor = guards.signedIn();
        WorkingGroupValidator.checkText("reason", reason, false);
        Invitation invitation = pendingFor(actor, key, invitationId);
        Instant now = clock.instant();
        Invitation stored = transactions.inTransaction(() -> {
            history.record(new GroupHistoryEntry(key, now, actor.userKey(), What.INVITATION_DECLINED,
                    invitation.council(), invitation.role().code()));
            return invitations.decide(invitation.decided(InvitationState.DECLINED, actor.userKey(), now,
                    blankToNull(reason)));
        });
        events.publish(new GroupEvent(GroupEvent.What.INVITATION_DECLINED, guards.group(key), invitation.council(),
                null, actor.userKey(), now));
        return stored;
    }

    public Page<Invitation> invitations(WorkingGroupKey key, InvitationState state, PageRequest page) {
        Actor actor = guards.signedIn();
        WorkingGroup group = guards.group(key);
        return invitations.list(key, state, WorkingGroupGuards.requestReaderScope(actor, group), page);
    }

    public Page<Invitation> pendingFor(CouncilCode council, PageRequest page) {
        Actor actor = guards.signedIn();
        if (!WorkingGroupPolicy.canActFor(actor, council)) {
            throw new NotAllowed(NOT_COUNCIL_EDITOR);
        }
        return invitations.pendingFor(council, page);
    }

    public Map<WorkingGroupKey, String> groupNames(Page<Invitation> page) {
        return store.names(page.items().stream().map(Invitation::group).toList());
    }

    /** The pending invitation, which only the invited council's editors (or an admin) may answer. */
    private Invitation pendingFor(Actor actor, WorkingGroupKey key, long invitationId) {
        guards.group(key);
        Invitation invitation = invitations.find(key, invitationId)
                .orElseThrow(() -> new NotFound(key + "/invitations/" + invitationId));
        if (!WorkingGroupPolicy.canActFor(actor, invitation.council())) {
            throw new NotAllowed(NOT_COUNCIL_EDITOR);
        }
        if (!invitation.isPending()) {
            throw new Conflict(INVITATION_DECIDED);
        }
        return invitation;
    }
}
