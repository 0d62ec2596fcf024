package org.connectedcouncils.maturity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.connectedcouncils.common.domain.CouncilCode;

/** A stored self-assessment: one council, one service area, one level on one date. The newest is current. */
public record Assessment(long id, CouncilCode council, String areaCode, MaturityLevel level, LocalDate assessedOn,
        String justification, Evidence evidence, String author, Instant createdAt, boolean current) {

    public Assessment {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(level, "level");
        evidence = evidence == null ? Evidence.NONE : evidence;
    }
}
