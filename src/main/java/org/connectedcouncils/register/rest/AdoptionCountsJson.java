package org.connectedcouncils.register.rest;

import org.connectedcouncils.register.domain.AdoptionCounts;

/** How many councils evaluate, use or stopped using an entry. */
public record AdoptionCountsJson(int evaluating, int using, int stopped) {

    static AdoptionCountsJson of(AdoptionCounts counts) {
        return new AdoptionCountsJson(counts.evaluating(), counts.using(), counts.stopped());
    }
}
