package org.connectedcouncils.notify.domain;

import org.connectedcouncils.common.domain.Actor;

/** Someone to tell: who they act as (to decide what they may see), their display name and e-mail address. */
public record Person(Actor actor, String name, String email) {

    public String userKey() {
        return actor.userKey();
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
