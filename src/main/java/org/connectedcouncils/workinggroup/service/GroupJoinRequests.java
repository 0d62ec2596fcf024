package org.connectedcouncils.workinggroup.service;

import static org.connectedcouncils.workinggroup.service.WorkingGroupGuards.NOT_COUNCIL_EDITOR;
import static org.connectedcouncils.workinggroup.service.WorkingGroupGuards.blankToNull;
import static org.connectedcouncils.workinggroup.service.WorkingGroupGuards.open;

import java.time.Clock;
import java.time.Instant;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal.Conflict;
import org.connectedcouncils.common.domain.Refusal.NotAllowed;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.common.service.DomainEvents;
import org.connectedcouncils.common.service.Transactions;
import org.connectedcouncils.workinggroup.domain.GroupEvent;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry.What;
import org.connectedcouncils.workinggroup.domain.JoinRequest;
import org.connectedcouncils.workinggroup.domain.JoinRequestState;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.domain.WorkingGroupPolicy;
import org.connectedcouncils.workinggroup.domain.WorkingGroupValidator;

/** The join-request use cases: a council's editors ask to join, the lead council's editors approve or decline. */
public final class GroupJoinRequests implements JoinRequests {

    static final String ALREADY_MEMBER = "connected-councils.workinggroup.conflict.alreadyMember";
    static final String ALREADY_DECIDED = "connected-councils.workinggroup.conflict.requestDecided";

    private final JoinRequestStore requests;
    private final WorkingGroupStore store;
    private final WorkingGroupGuards guards;
    private final DomainEvents events;
    private final GroupHistoryStore history;
    private final Transactions transactions;
    private final Clock clock;

    /** The use cases that publish each request and decision through {@code events} (after commit). */
    public GroupJoinRequests(JoinRequestStore requests, WorkingGroupStore store, WorkingGroupGuards guards,
            DomainEvents events, GroupHistoryStore history, Transactions transactions, Clock clock) {
        this.requests = requests;
        this.store = store;
        this.guards = guards;
        this.events = events;
        this.history = history;
        this.transactions = transactions;
        this.clock = clock;
    }

    public JoinRequest requestToJoin(WorkingGroupKey key, CouncilCode council, MemberRole role, String message) {
        Actor actor = guards.signedIn();
        WorkingGroup group = open(guards.group(key));
        if (council == null || !WorkingGroupPolicy.canActFor(actor, council)) {
            throw new NotAllowed(NOT_COUNCIL_EDITOR);
        }
        guards.checkJoiningCouncil(council, role);
        WorkingGroupValidator.checkText("message", message, false);
        if (store.findMembership(group.key(), council).isPresent()) {
            throw new Conflict(ALREADY_MEMBER);
        }
        Instant now = clock.instant();
        JoinRequest created = transactions.inTransaction(() -> {
            history.record(new GroupHistoryEntry(key, now, actor.userKey(), What.JOIN_REQUESTED, council,
                    role.code()));
            return requests.createJoinRequest(new JoinRequest(0, key, council, role, blankToNull(message),
                    JoinRequestState.PENDING, actor.userKey(), now, null, null, null));
        });
        events.publish(new GroupEvent(GroupEvent.What.JOIN_REQUESTED, group, council, null, actor.userKey(),
                created.requestedAt()));
        return created;
    }

    public JoinRequest approveJoin(WorkingGroupKey key, long requestId) {
        Actor actor = guards.signedIn();
        WorkingGroup group = open(guards.managed(actor, key));
        JoinRequest request = pending(key, requestId);
        Instant now = clock.instant();
        JoinRequest decided = transactions.inTransaction(() -> {
            history.record(new GroupHistoryEntry(key, now, actor.userKey(), What.JOINED, request.council(),
                    request.role().code()));
            return requests.decide(request.decided(JoinRequestState.APPROVED, actor.userKey(), now, null), now);
        });
        events.publish(new GroupEvent(GroupEvent.What.JOIN_APPROVED, group, request.council(), null,
                actor.userKey(), now));
        return decided;
    }

    public JoinRequest declineJoin(WorkingGroupKey key, long requestId, String reason) {
        Actor actor = guards.signedIn();
        WorkingGroup group = guards.managed(actor, key);
        WorkingGroupValidator.checkText("reason", reason, true);
        JoinRequest request = pending(key, requestId);
        Instant now = clock.instant();
        JoinRequest decided = transactions.inTransaction(() -> {
            history.record(new GroupHistoryEntry(key, now, actor.userKey(), What.JOIN_DECLINED, request.council(),
                    null));
            return requests.decide(request.decided(JoinRequestState.DECLINED, actor.userKey(), now,
                    reason.trim()), now);
        });
        events.publish(new GroupEvent(GroupEvent.What.JOIN_DECLINED, group, request.council(), null,
                actor.userKey(), now));
        return decided;
    }

    public Page<JoinRequest> joinRequests(WorkingGroupKey key, JoinRequestState state, PageRequest page) {
        Actor actor = guards.signedIn();
        WorkingGroup group = guards.group(key);
        return requests.joinRequests(key, state, WorkingGroupGuards.requestReaderScope(actor, group), page);
    }
    private JoinRequest pending(WorkingGroupKey key, long requestId) {
        JoinRequest request = requests.findJoinRequest(key, requestId)
                .orElseThrow(() -> new NotFound(key + "/requests/" + requestId));
        if (!request.isPending()) {
            throw new Conflict(ALREADY_DECIDED);
        }
        return request;
    }
}
