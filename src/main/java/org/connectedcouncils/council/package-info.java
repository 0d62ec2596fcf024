/**
 * The council directory (councils by GSS code, their names, types and regions) and who acts for which council (role
 * mappings from Confluence users and groups). It may use {@code common} only; what it needs from the app settings
 * it reads through its own port ({@code service.CreatorGroup}), which {@code admin} implements.
 */
package org.connectedcouncils.council;
