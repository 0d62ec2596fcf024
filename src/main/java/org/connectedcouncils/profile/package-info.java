/**
 * The council profile (its page, macro and {@code GET /councils/{code}}): a read-only view composed from the
 * directory, the register and the working groups, so that none of those has to know the others' screens.
 */
package org.connectedcouncils.profile;
