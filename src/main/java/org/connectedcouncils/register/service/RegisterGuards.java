package org.connectedcouncils.register.service;

import static org.connectedcouncils.register.service.RegisterMessages.NOT_EDITOR;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.Refusal.NotAllowed;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.SignedIn;
import org.connectedcouncils.register.domain.RegisterPolicy;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;

/** The checks every register use case starts with: who acts, and whether they may see or edit the entry. */
final class RegisterGuards {

    private final SolutionStore store;
    private final ActorProvider actors;

    RegisterGuards(SolutionStore store, ActorProvider actors) {
        this.store = store;
        this.actors = actors;
    }

    /** The current user; refuses anonymous callers. */
    Actor signedIn() {
        return SignedIn.require(actors);
    }

    /** The entry, if the actor may see it; an entry they may not see is reported as not found. */
    Solution visible(Actor actor, SolutionKey key) {
        return store.find(key).filter(s -> RegisterPolicy.canSee(actor, s))
                .orElseThrow(() -> new NotFound(key.toString()));
    }

    /** The entry, if the actor may edit it. */
    Solution editable(Actor actor, SolutionKey key) {
        Solution current = visible(actor, key);
        if (!RegisterPolicy.canEdit(actor, current)) {
            throw new NotAllowed(NOT_EDITOR);
        }
        return current;
    }
}
