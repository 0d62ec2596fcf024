package org.connectedcouncils.maturity.domain;

import java.time.Instant;

import org.connectedcouncils.common.domain.CouncilCode;

/** A stored offer to lead: which council, in which service area, since when. */
public record LeadOffer(CouncilCode council, String areaCode, Instant offeredAt) {
}
