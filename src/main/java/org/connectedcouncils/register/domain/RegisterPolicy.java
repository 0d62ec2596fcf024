package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;

/** Who may do what with register entries. Pure rules; the service applies them before every read and write. */
public final class RegisterPolicy {

    private RegisterPolicy() {
    }

    /** Published entries are for every signed-in user; drafts for their council's editors, key contact and admins. */
    public static boolean canSee(Actor actor, Solution solution) {
        if (actor.isAnonymous()) {
            return false;
        }
        return solution.isPublished() || canEdit(actor, solution);
    }

    public static boolean canEdit(Actor actor, Solution solution) {
        if (actor.isAnonymous()) {
            return false;
        }
        SolutionContent c = solution.content();
        return actor.admin() || actor.editsFor(c.ownerCouncil()) || actor.userKey().equals(c.keyContact());
    }

    public static boolean canCreateFor(Actor actor, CouncilCode owner) {
        if (actor.isAnonymous()) {
            return false;
        }
        return actor.admin() || (actor.mayCreate() && actor.editsFor(owner));
    }

    /** Whether the actor may create an entry for at least one council ("Add to the register" is offered). */
    public static boolean canCreateAny(Actor actor) {
        if (actor.isAnonymous()) {
            return false;
        }
        return actor.admin() || actor.editorOf().stream().anyMatch(c -> canCreateFor(actor, c));
    }

    /**
     * Moving an entry from one owner council to another: an admin, or someone who edits for both and may create
     * entries for the new one (the key contact alone may not). Taking over the entries of an ended council is the
     * one exception: see {@link #canTakeOver}.
     */
    public static boolean canMove(Actor actor, CouncilCode from, CouncilCode to) {
        if (actor.isAnonymous()) {
            return false;
        }
        return actor.admin() || ((from == null || actor.editsFor(from)) && canCreateFor(actor, to));
    }

    /**
     * Moving an entry of an ended council to its successor: an admin, or someone who may create entries for the
     * successor, without editing for the ended council (nobody does once it ended). {@code endedSuccessor} is the
     * successor the directory records for the entry's owner, null when the owner did not end.
     */
    public static boolean canTakeOver(Actor actor, CouncilCode endedSuccessor, CouncilCode to) {
        if (actor.isAnonymous() || to == null || !to.equals(endedSuccessor)) {
            return false;
        }
        return canCreateFor(actor, to);
    }

    public static boolean canDeclareFor(Actor actor, CouncilCode council) {
        return !actor.isAnonymous() && (actor.admin() || actor.editsFor(council));
    }

    public static boolean canConfirmAdoptionsOf(Actor actor, Solution solution) {
        return !actor.isAnonymous() && (actor.admin() || actor.editsFor(solution.content().ownerCouncil()));
    }
}
