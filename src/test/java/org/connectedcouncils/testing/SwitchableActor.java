package org.connectedcouncils.testing;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.service.ActorProvider;

/** An {@link ActorProvider} whose current actor the test sets; one actor for every thread (see RequestActor for per-request users). */
public final class SwitchableActor implements ActorProvider {

    private volatile Actor actor = Actor.anonymous();

    public void actAs(Actor next) {
        this.actor = next;
    }

    @Override
    public Actor current() {
        return actor;
    }
}
