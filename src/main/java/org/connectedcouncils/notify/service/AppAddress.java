package org.connectedcouncils.notify.service;

/** Where this site lives, for absolute links in e-mail: Confluence's configured base URL (the host answers). */
@FunctionalInterface
public interface AppAddress {

    /** The site's absolute base URL such as {@code https://wiki.example.org/confluence}, or "" when unknown. */
    String baseUrl();
}
