package org.connectedcouncils.common.service;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.Refusal;

/** Who may administer the app and import files: administrators only; anyone else is refused before any work. */
public final class AdminAccess {

    public static final String NOT_ADMIN = "connected-councils.denied.notAdmin";

    private AdminAccess() {
    }

    /** The current actor, provided they are signed in and an administrator. */
    public static Actor require(ActorProvider actors) {
        Actor actor = SignedIn.require(actors);
        if (!actor.admin()) {
            throw new Refusal.NotAllowed(NOT_ADMIN);
        }
        return actor;
    }
}
