package org.connectedcouncils.register.domain;

import java.time.LocalDate;

/** What a council says about its use of an entry: the state, since when, and optional evidence. */
public record AdoptionDeclaration(AdoptionState state, LocalDate since, String evidenceUrl) {
}
