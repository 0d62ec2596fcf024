package org.connectedcouncils.testing;

import java.util.function.Supplier;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.service.ActorProvider;

/**
 * An {@link ActorProvider} whose current actor the test sets: {@link #actAs} for every thread, {@link #actingAs} for
 * the calling thread only (so a wrapper that acts as someone else for a moment does not leak into other threads; see
 * RequestActor for per-request users).
 */
public final class SwitchableActor implements ActorProvider {

    private volatile Actor actor = Actor.anonymous();
    private final ThreadLocal<Actor> thisThread = new ThreadLocal<>();

    /** Every thread acts as {@code next} from now on, except inside {@link #actingAs}. */
    public void actAs(Actor next) {
        this.actor = next;
    }

    /** Runs {@code work} as {@code who} on this thread only; other threads keep their actor meanwhile. */
    public <T> T actingAs(Actor who, Supplier<T> work) {
        Actor before = thisThread.get();
        thisThread.set(who);
        try {
            return work.get();
        } finally {
            if (before == null) {
                thisThread.remove();
            } else {
                thisThread.set(before);
            }
        }
    }

    @Override
    public Actor current() {
        Actor own = thisThread.get();
        return own != null ? own : actor;
    }
}
