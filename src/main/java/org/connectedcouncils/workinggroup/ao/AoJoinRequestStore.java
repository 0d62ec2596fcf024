package org.connectedcouncils.workinggroup.ao;

import static org.connectedcouncils.workinggroup.ao.GroupRows.ALREADY_MEMBER;
import static org.connectedcouncils.workinggroup.ao.GroupRows.code;
import static org.connectedcouncils.workinggroup.ao.GroupRows.id;
import static org.connectedcouncils.workinggroup.ao.GroupRows.membershipValues;
import static org.connectedcouncils.workinggroup.ao.GroupRows.pairKey;
import static org.connectedcouncils.workinggroup.ao.GroupRows.touchAndRecount;
import static org.connectedcouncils.workinggroup.ao.GroupRows.uniqueOrConflict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
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
        if (id < 1 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(AoJoinRequest.class, (int) id))
                .filter(r -> r.getGroupId() == id(key))
                .map(AoJoinRequestStore::toJoinRequest);
    }

    @Override
    public JoinRequest decide(JoinRequest decided, Instant now) {
        return uniqueOrConflict(ALREADY_MEMBER, () -> ao.executeInTransaction(() -> {
            AoJoinRequest row = ao.get(AoJoinRequest.class, (int) decided.id());
            row.setDecidedAt(Date.from(decided.decidedAt()));
            row.save();
            // The write above holds the row lock: a concurrent decision waits for it, then finds it decided.
            if (ao.count(AoJoinRequest.class, Query.select().where("ID = ? AND " + AoJoinRequest.REQUEST_STATE
                    + " = ?", row.getID(), JoinRequestState.PENDING.code())) == 0) {
                throw new Refusal.Conflict(REQUEST_DECIDED);
            }
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
        String where = AoJoinRequest.GROUP_ID + " = ?";
        List<Object> params = new ArrayList<>(List.of(id(key)));
        if (state != null) {
            where += " AND " + AoJoinRequest.REQUEST_STATE + " = ?";
            params.add(state.code());
        }
        if (councils != null) {
            where += " AND " + AoSql.inAnyList(AoJoinRequest.COUNCIL_CODE, councils.stream().map(CouncilCode::value)
                    .distinct().sorted().toList(), params);
        }
        Query q = Query.select().where(where, params.toArray())
                .order(AoJoinRequest.REQUESTED_AT + " DESC, ID DESC").limit(page.limit()).offset(page.start());
        List<JoinRequest> items = Arrays.stream(ao.find(AoJoinRequest.class, q))
                .map(AoJoinRequestStore::toJoinRequest).toList();
        int total = ao.count(AoJoinRequest.class, Query.select().where(where, params.toArray()));
        return new Page<>(items, page.start(), page.limit(), total);
    }

    private static JoinRequest toJoinRequest(AoJoinRequest row) {
        return new JoinRequest(row.getID(), WorkingGroupKey.of(row.getGroupId()), CouncilCode.of(row.getCouncilCode()),
                code(MemberRole.class, row.getMemberRole()), row.getMessage(),
                code(JoinRequestState.class, row.getRequestState()), row.getRequestedBy(),
                row.getRequestedAt().toInstant(), row.getDecidedBy(),
                row.getDecidedAt() == null ? null : row.getDecidedAt().toInstant(), row.getReason());
    }

}
