package org.connectedcouncils.workinggroup.domain;

import java.util.Collection;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Actor;

/**
 * Who may do what with working groups. Any signed-in user reads; editors of the lead council (and app admins)
 * manage the group; editors of a partner council (lead or member) write its status reports.
 */
public final class WorkingGroupPolicy {

    private WorkingGroupPolicy() {
    }

    public static boolean canRead(Actor actor) {
        return !actor.isAnonymous();
    }

    public static boolean canManage(Actor actor, WorkingGroup group) {
        return !actor.isAnonymous() && (actor.admin() || actor.editsFor(group.leadCouncil()));
    }

    /** Setting up a group for a lead council needs the right to edit for that council. */
    public static boolean canCreateFor(Actor actor, CouncilCode lead) {
        return !actor.isAnonymous() && (actor.admin() || (actor.mayCreate() && actor.editsFor(lead)));
    }

    /** {@code actorsMemberships}: the actor's councils' memberships of the group. */
    public static boolean canReport(Actor actor, Collection<Membership> actorsMemberships) {
        if (actor.isAnonymous()) {
            return false;
        }
        return actor.admin() || actorsMemberships.stream()
                .anyMatch(m -> m.role().isPartner() && actor.editsFor(m.council()));
    }

    /** Joining, leaving and asking to join are done by editors of the council concerned. */
    public static boolean canActFor(Actor actor, CouncilCode council) {
        return !actor.isAnonymous() && (actor.admin() || actor.editsFor(council));
    }
}
