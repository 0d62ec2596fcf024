package org.connectedcouncils.notify.domain;

import java.util.Locale;

import org.connectedcouncils.common.domain.Actor;

/**
 * Someone to tell: who they act as (to decide what they may see), their display name, e-mail address and the
 * language they read (their Confluence locale; null when unknown, and their mail is then in the site's language).
 */
public record Person(Actor actor, String name, String email, Locale locale) {

    public String userKey() {
        return actor.userKey();
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
