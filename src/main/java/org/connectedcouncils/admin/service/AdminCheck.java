package org.connectedcouncils.admin.service;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.service.ActorProvider;

/** The admin services' gate: the acting user, if a Confluence admin; otherwise the refusal (401 or 403). */
final class AdminCheck {

    private AdminCheck() {
    }

    static Actor admin(ActorProvider actors) {
        Actor actor = actors.current();
        if (actor == null || actor.isAnonymous()) {
            throw new Refusal.NotAuthenticated();
        }
        if (!actor.admin()) {
            throw new Refusal.NotAllowed(Administration.NOT_ADMIN);
        }
        return actor;
    }
}
