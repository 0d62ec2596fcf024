package org.connectedcouncils.common.io;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.service.ActorProvider;

/** Who may import files: administrators only; anyone else is refused before the file is read. */
public final class ImportAccess {

    public static final String NOT_ADMIN = "connected-councils.denied.notAdmin";

    private ImportAccess() {
    }

    public static void requireAdmin(ActorProvider actors) {
        Actor actor = actors.current();
        if (actor == null || actor.isAnonymous()) {
            throw new Refusal.NotAuthenticated();
        }
        if (!actor.admin()) {
            throw new Refusal.NotAllowed(NOT_ADMIN);
        }
    }
}
