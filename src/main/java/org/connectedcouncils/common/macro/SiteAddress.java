package org.connectedcouncils.common.macro;

/** Where this site lives, for links to the app's own pages; the host answers from Confluence's configured base URL. */
@FunctionalInterface
public interface SiteAddress {

    /** A site at the root of its server with no configured address: the local preview and tests. */
    SiteAddress ROOT = () -> "";

    /** The site's absolute base URL such as {@code https://wiki.example.org/confluence}, or "" when unknown. */
    String baseUrl();
}
