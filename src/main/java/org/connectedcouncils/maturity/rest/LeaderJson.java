package org.connectedcouncils.maturity.rest;

import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.maturity.domain.Leader;

/**
 * A council willing to lead in a service area (named in the request's language), beside its current maturity level
 * there (null when not assessed).
 */
public record LeaderJson(String councilCode, String councilName, String area, String areaName, Integer level,
        String offeredAt) {

    static LeaderJson of(Leader l, boolean welsh) {
        return new LeaderJson(l.council().value(), l.councilName(), l.areaCode(), l.areaNameFor(welsh),
                l.level() == null ? null : l.level().number(), JsonFormats.instant(l.offeredAt()));
    }
}
