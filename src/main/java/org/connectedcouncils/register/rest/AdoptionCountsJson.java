package org.connectedcouncils.register.rest;

import org.connectedcouncils.register.domain.AdoptionCounts;

/** How many councils evaluate, use or stopped using an entry, and (apart) how many adoptions lapsed. */
public record AdoptionCountsJson(int evaluating, int using, int stopped, int lapsed) {

    static AdoptionCountsJson of(AdoptionCounts counts) {
        return new AdoptionCountsJson(counts.evaluating(), counts.using(), counts.stopped(), counts.lapsed());
    }
}
