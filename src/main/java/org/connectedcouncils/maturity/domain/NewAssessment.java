package org.connectedcouncils.maturity.domain;

import java.time.LocalDate;

/** A council's self-assessment of one service area as entered; level is 1..5, checked by the validator. */
public record NewAssessment(String areaCode, Integer level, LocalDate assessedOn, String justification,
        Evidence evidence) {

    public NewAssessment {
        evidence = evidence == null ? Evidence.NONE : evidence;
    }
}
