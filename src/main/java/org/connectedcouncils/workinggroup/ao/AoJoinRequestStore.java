package org.connectedcouncils.workinggroup.ao;

import static org.connectedcouncils.workinggroup.ao.GroupRows.ALREADY_MEMBER;
import static org.connectedcouncils.workinggroup.ao.GroupRows.code;
import static org.connectedcouncils.workinggroup.ao.GroupRows.id;
import static org.connectedcouncils.workinggroup.ao.GroupRows.membershipValues;
import static org.connectedcouncils.workinggroup.ao.GroupRows.pairKey;
import static org.connectedcouncils.workinggroup.ao.GroupRows.touchAndRecount;
import static org.connectedcouncils.workinggroup.ao.GroupRows.uniqueOrConflict;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.workinggroup.domain.JoinRequest;
import org.connectedcouncils.workinggroup.domain.JoinRequestState;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.service.JoinRequestStore;

/**
 * {@link JoinRequestStore} on Active Objects. One pending request per (group, council) is a unique column, and an
 * approval adds the membership in the decision's transaction.
 */
public final class AoJoinRequestStore implements JoinRequestStore {

    static final String REQUEST_PENDING = "connected-councils.workinggroup.conflict.requestPending";
    static final String REQUEST_DECIDED = "connected-councils.workinggroup.conflict.requestDecided";

    private static final OfferRows<AoJoinRequest> ROWS = new OfferRows<>(AoJoinRequest.class,
            AoJoinRequest::getGroupId, AoJoinRequest.GROUP_ID, AoJoinRequest.COUNCIL_CODE,
            AoJoinRequest.REQUEST_STATE, AoJoinRequest.REQUESTED_AT);

    private final ActiveObjects ao;

    public AoJoinRequestStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public JoinRequest createJoinRequest(JoinRequest r) {
        return uniqueOrConflict(REQUEST_PENDING, () -> ao.executeInTransaction(() -> {
            Map<String, Object> values = new HashMap<>();
            values.put(AoJoinRequest.GROUP_ID, id(r.group()));
            values.put(AoJoinRequest.COUNCIL_CODE, r.council().value());
            values.put(AoJoinRequest.PENDING_KEY, pairKey(r.group(), r.council()));
            values.put(AoJoinRequest.REQUEST_STATE, r.state().code());
            values.put(AoJoinRequest.MEMBER_ROLE, r.role().code());
            values.put(AoJoinRequest.REQUESTED_AT, Date.from(r.requestedAt()));
            AoJoinRequest row = ao.create(AoJoinRequest.class, values);
            row.setMessage(r.message());
            row.setRequestedBy(r.requestedBy());
            row.save();
            return toJoinRequest(row);
        }));
    }

    @Override
    public Optional<JoinRequest> findJoinRequest(WorkingGroupKey key, long id) {
        return ROWS.find(ao, key, id, AoJoinRequestStore::toJoinRequest);
    }

    @Override
    public JoinRequest decide(JoinRequest decided, Instant now) {
        return uniqueOrConflict(ALREADY_MEMBER, () -> ao.executeInTransaction(() -> {
            AoJoinRequest row = ao.get(AoJoinRequest.class, (int) decided.id());
            row.setDecidedAt(Date.from(decided.decidedAt()));
            row.save();
            ROWS.refuseUnlessPending(ao, row.getID(), JoinRequestState.PENDING.code(), REQUEST_DECIDED);
            row.setPendingKey("decided-" + row.getID());
            row.setRequestState(decided.state().code());
            row.setDecidedBy(decided.decidedBy());
            row.setDecidedAt(Date.from(decided.decidedAt()));
            row.setReason(decided.reason());
            row.save();
            if (decided.state() == JoinRequestState.APPROVED) {
                ao.create(AoMembership.class, membershipValues(new Membership(decided.group(), decided.council(),
                        decided.role(), now, decided.decidedBy())));
                touchAndRecount(ao, decided.group(), now);
            }
            return toJoinRequest(row);
        }));
    }

    @Override
    public Page<JoinRequest> joinRequests(WorkingGroupKey key, JoinRequestState state,
            Collection<CouncilCode> councils, PageRequest page) {
        return ROWS.list(ao, key, state == null ? null : state.code(), councils, page,
                AoJoinRequestStore::toJoinRequest);
    }

    private static JoinRequest toJoinRequest(AoJoinRequest row) {
        return new JoinRequest(row.getID(), WorkingGroupKey.of(row.getGroupId()), CouncilCode.of(row.getCouncilCode()),
                code(MemberRole.class, row.getMemberRole()), row.getMessage(),
                code(JoinRequestState.class, row.getRequestState()), row.getRequestedBy(),
                row.getRequestedAt().toInstant(), row.getDecidedBy(),
                row.getDecidedAt() == null ? null : row.getDecidedAt().toInstant(), row.getReason());
    }

}
