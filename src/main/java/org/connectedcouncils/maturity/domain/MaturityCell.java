package org.connectedcouncils.maturity.domain;

import org.connectedcouncils.common.domain.CouncilCode;

/** One council's current level in one service area: a cell of the heat map. */
public record MaturityCell(CouncilCode council, String areaCode, MaturityLevel level) {
}
