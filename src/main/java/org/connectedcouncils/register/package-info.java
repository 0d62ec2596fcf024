/**
 * The solutions register: entries, their history, verified two-sided adoption, figures, and their exchange as
 * publiccode.yml and CSV. It may use {@code common} and {@code council}. Its tables are read only by its own
 * {@code ao}, except the portfolio's read of entries through the one class named for it there.
 */
package org.connectedcouncils.register;
