package org.connectedcouncils.council.service;

/**
 * Who may create entries at all, as the administrator set it: the name of a Confluence group, or null when every
 * signed-in person may. A port, because the setting lives with the app settings (admin/), above this feature.
 */
@FunctionalInterface
public interface CreatorGroup {

    /** The group whose members may create, or null for everyone; read afresh on every call. */
    String name();
}
