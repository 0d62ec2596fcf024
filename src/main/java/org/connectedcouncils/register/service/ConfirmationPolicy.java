package org.connectedcouncils.register.service;

/** The administrator's rule for when entries are due to be confirmed as still current (read on every use). */
public interface ConfirmationPolicy {

    /** Days after its last confirmation (or creation) before a published entry is shown as not confirmed. */
    int stalenessDays();

    static ConfirmationPolicy fixed(int stalenessDays) {
        return () -> stalenessDays;
    }
}
