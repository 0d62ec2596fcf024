package org.connectedcouncils.register.domain;

import java.time.LocalDate;

/** What a council says about its use of an entry: the state, since when, optional evidence and details. */
public record AdoptionDeclaration(AdoptionState state, LocalDate since, String evidenceUrl, AdoptionDetails details) {

    public AdoptionDeclaration {
        details = details == null ? AdoptionDetails.NONE : details;
    }

    /** A declaration without details. */
    public AdoptionDeclaration(AdoptionState state, LocalDate since, String evidenceUrl) {
        this(state, since, evidenceUrl, AdoptionDetails.NONE);
    }
}
