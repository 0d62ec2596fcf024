package org.connectedcouncils.workinggroup.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Refusal.Conflict;
import org.connectedcouncils.common.domain.Refusal.NotAllowed;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.SignedIn;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.register.domain.SolutionValidator;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.domain.WorkingGroupPolicy;
import org.connectedcouncils.workinggroup.domain.WorkingGroupValidator;

/**
 * The checks every working-group use case starts with: who is acting, which group (or {@link NotFound}), whether
 * the user may act for its lead, whether it is still open, and the council lock for writes that count towards the
 * funding-bid lead limit.
 */
public final class WorkingGroupGuards {

    static final String NOT_LEAD_EDITOR = "connected-councils.workinggroup.denied.notLeadEditor";
    static final String NOT_COUNCIL_EDITOR = "connected-councils.denied.notCouncilEditor";
    static final String GROUP_CLOSED = "connected-councils.workinggroup.conflict.groupClosed";
    static final String NOT_REQUEST_READER = "connected-councils.workinggroup.denied.notRequestReader";

    private final WorkingGroupStore store;
    private final ActorProvider actors;
    private final CouncilLocks locks;
    private final CouncilDirectory councils;

    public WorkingGroupGuards(WorkingGroupStore store, ActorProvider actors, CouncilLocks locks,
            CouncilDirectory councils) {
        this.store = store;
        this.actors = actors;
        this.locks = locks;
        this.councils = councils;
    }

    /** The current user, who must be signed in. */
    Actor signedIn() {
        return SignedIn.require(actors);
    }

    WorkingGroup group(WorkingGroupKey key) {
        return store.find(key).orElseThrow(() -> new NotFound(key.toString()));
    }

    /** The group, which the user must be able to manage (an editor of its lead council). */
    WorkingGroup managed(Actor actor, WorkingGroupKey key) {
        WorkingGroup group = group(key);
        if (!WorkingGroupPolicy.canManage(actor, group)) {
            throw new NotAllowed(NOT_LEAD_EDITOR);
        }
        return group;
    }

    /**
     * Whose join requests and invitations of the group the user may read: null for all of them (the lead's editors
     * and admins), else the councils the user edits for; a user who edits for no council may read none.
     */
    static Set<CouncilCode> requestReaderScope(Actor actor, WorkingGroup group) {
        if (WorkingGroupPolicy.canManage(actor, group)) {
            return null;
        }
        if (actor.editorOf().isEmpty()) {
            throw new NotAllowed(NOT_REQUEST_READER);
        }
        return actor.editorOf();
    }

    /** The group, which must not be closed. */
    static WorkingGroup open(WorkingGroup group) {
        if (group.status() == GroupStatus.CLOSED) {
            throw new Conflict(GROUP_CLOSED);
        }
        return group;
    }

    /**
     * Runs a write under the council's cluster lock when it may add to the council's funding-bid leads, so the
     * count check and the write cannot interleave with another request's; other writes need no lock.
     */
    <T> T guarded(CouncilCode lead, boolean countsTowardsLeadLimit, Supplier<T> write) {
        if (lead == null || !countsTowardsLeadLimit) {
            return write.get();
        }
        return locks.underLock(lead, write);
    }

    /** A council joining a group must be a known, active council, as member or observer (never lead). */
    void checkJoiningCouncil(CouncilCode council, MemberRole role) {
        List<FieldError> errors = new ArrayList<>();
        if (council == null) {
            errors.add(FieldError.of("councilCode", SolutionValidator.REQUIRED));
        } else if (councils.find(council).filter(c -> !c.retired()).isEmpty()) {
            errors.add(FieldError.of("councilCode", SolutionValidator.UNKNOWN_COUNCIL, council.value()));
        }
        if (role == null) {
            errors.add(FieldError.of("role", SolutionValidator.REQUIRED));
        } else if (role == MemberRole.LEAD) {
            errors.add(FieldError.of("role", WorkingGroupValidator.LEAD_ROLE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Optional text as stored: trimmed, or null when blank. */
    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
