package org.connectedcouncils.maturity.domain;

import java.time.Instant;

import org.connectedcouncils.common.domain.CouncilCode;

/** A council's offer to lead in a service area, with its current maturity level there (null when not assessed). */
public record Leader(CouncilCode council, String councilName, String areaCode, String areaName, MaturityLevel level,
        Instant offeredAt) {
}
