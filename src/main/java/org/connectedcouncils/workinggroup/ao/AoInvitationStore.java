package org.connectedcouncils.workinggroup.ao;

import static org.connectedcouncils.workinggroup.ao.GroupRows.code;
import static org.connectedcouncils.workinggroup.ao.GroupRows.id;
import static org.connectedcouncils.workinggroup.ao.GroupRows.pairKey;
import static org.connectedcouncils.workinggroup.ao.GroupRows.uniqueOrConflict;

import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.workinggroup.domain.Invitation;
import org.connectedcouncils.workinggroup.domain.InvitationState;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.service.InvitationStore;

/**
 * {@link InvitationStore} on Active Objects. One pending invitation per (group, council) is a unique column; a
 * decision locks the row before it checks that the invitation is still pending.
 */
public final class AoInvitationStore implements InvitationStore {

    static final String INVITATION_PENDING = "connected-councils.workinggroup.conflict.invitationPending";
    static final String INVITATION_DECIDED = "connected-councils.workinggroup.conflict.invitationDecided";

    private static final OfferRows<AoInvitation> ROWS = new OfferRows<>(AoInvitation.class, AoInvitation::getGroupId,
            AoInvitation.GROUP_ID, AoInvitation.COUNCIL_CODE, AoInvitation.INVITE_STATE, AoInvitation.INVITED_AT);

    private final ActiveObjects ao;

    public AoInvitationStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Invitation create(Invitation invitation) {
        return uniqueOrConflict(INVITATION_PENDING, () -> ao.executeInTransaction(() -> {
            Map<String, Object> values = new HashMap<>();
            values.put(AoInvitation.GROUP_ID, id(invitation.group()));
            values.put(AoInvitation.COUNCIL_CODE, invitation.council().value());
            values.put(AoInvitation.PENDING_KEY, pairKey(invitation.group(), invitation.council()));
            values.put(AoInvitation.INVITE_STATE, invitation.state().code());
            values.put(AoInvitation.MEMBER_ROLE, invitation.role().code());
            values.put(AoInvitation.INVITED_AT, Date.from(invitation.invitedAt()));
            AoInvitation row = ao.create(AoInvitation.class, values);
            row.setInvitedBy(invitation.invitedBy());
            row.save();
            return toInvitation(row);
        }));
    }

    @Override
    public Optional<Invitation> find(WorkingGroupKey key, long id) {
        return ROWS.find(ao, key, id, AoInvitationStore::toInvitation);
    }

    @Override
    public Invitation decide(Invitation decided) {
        return ao.executeInTransaction(() -> {
            AoInvitation row = ao.get(AoInvitation.class, (int) decided.id());
            row.setDecidedAt(Date.from(decided.decidedAt()));
            row.save();
            ROWS.refuseUnlessPending(ao, row.getID(), InvitationState.PENDING.code(), INVITATION_DECIDED);
            row.setPendingKey("decided-" + row.getID());
            row.setInviteState(decided.state().code());
            row.setDecidedBy(decided.decidedBy());
            row.setReason(decided.reason());
            row.save();
            return toInvitation(row);
        });
    }

    @Override
    public Page<Invitation> list(WorkingGroupKey key, InvitationState state, Collection<CouncilCode> councils,
            PageRequest page) {
        return ROWS.list(ao, key, state == null ? null : state.code(), councils, page,
                AoInvitationStore::toInvitation);
    }

    @Override
    public Page<Invitation> pendingFor(CouncilCode council, PageRequest page) {
        String where = AoInvitation.COUNCIL_CODE + " = ? AND " + AoInvitation.INVITE_STATE + " = ?";
        Object[] params = {council.value(), InvitationState.PENDING.code()};
        Query q = Query.select().where(where, params).order(AoInvitation.INVITED_AT + " DESC, ID DESC")
                .limit(page.limit()).offset(page.start());
        List<Invitation> items = Arrays.stream(ao.find(AoInvitation.class, q))
                .map(AoInvitationStore::toInvitation).toList();
        int total = ao.count(AoInvitation.class, Query.select().where(where, params));
        return new Page<>(items, page.start(), page.limit(), total);
    }

    private static Invitation toInvitation(AoInvitation row) {
        return new Invitation(row.getID(), WorkingGroupKey.of(row.getGroupId()), CouncilCode.of(row.getCouncilCode()),
                code(MemberRole.class, row.getMemberRole()), code(InvitationState.class, row.getInviteState()),
                row.getInvitedBy(), row.getInvitedAt().toInstant(), row.getDecidedBy(),
                row.getDecidedAt() == null ? null : row.getDecidedAt().toInstant(), row.getReason());
    }
}
