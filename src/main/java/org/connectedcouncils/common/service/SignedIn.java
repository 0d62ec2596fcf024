package org.connectedcouncils.common.service;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.Refusal;

/** Who may use what needs an account: anyone signed in; an anonymous caller is refused before any work. */
public final class SignedIn {

    private SignedIn() {
    }

    /** The current actor, provided they are signed in (NotAuthenticated otherwise). */
    public static Actor require(ActorProvider actors) {
        Actor actor = actors.current();
        if (actor == null || actor.isAnonymous()) {
            throw new Refusal.NotAuthenticated();
        }
        return actor;
    }
}
