package org.connectedcouncils.common.service;

import java.util.Map;

/**
 * One feature's stored personal data: where it keeps Confluence user keys, and how it replaces one person's key by
 * an anonymous marker. Runs inside the caller's transaction.
 */
public interface PersonalData {

    /**
     * Replaces {@code userKey} by {@code marker} wherever this feature stores it.
     *
     * @return rows rewritten per place ("TABLE.COLUMN"), in a fixed order, zero counts included
     */
    Map<String, Integer> anonymise(String userKey, String marker);
}
