package org.connectedcouncils.common.service;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.Refusal;

/** The first check of every use case that needs a person: someone is signed in; anyone else is refused. */
public final class SignedIn {

    private SignedIn() {
    }

    /** The current actor, provided they are signed in; {@link Refusal.NotAuthenticated} for anyone anonymous. */
    public static Actor require(ActorProvider actors) {
        Actor actor = actors.current();
        if (actor == null || actor.isAnonymous()) {
            throw new Refusal.NotAuthenticated();
        }
        return actor;
    }
}
