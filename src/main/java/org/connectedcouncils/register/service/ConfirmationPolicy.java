package org.connectedcouncils.register.service;

/**
 * The administrator's rules for freshness (read on every use): when entries are due to be confirmed as still
 * current, how often adopters are asked whether they still use an entry, and how long they have to answer.
 */
public interface ConfirmationPolicy {

    /** Days after its last confirmation (or creation) before a published entry is shown as not confirmed. */
    int stalenessDays();

    /** M: days after an adoption was declared or last re-confirmed before its adopter is asked again. */
    default int adoptionCheckDays() {
        return 365;
    }

    /** Days the adopter has to answer before the adoption lapses. */
    default int adoptionGraceDays() {
        return 30;
    }

    static ConfirmationPolicy fixed(int stalenessDays) {
        return () -> stalenessDays;
    }
}
