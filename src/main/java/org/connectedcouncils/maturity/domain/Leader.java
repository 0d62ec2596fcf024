package org.connectedcouncils.maturity.domain;

import java.time.Instant;
import java.util.Comparator;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.NameOrder;

/**
 * A council's offer to lead in a service area, with its current maturity level there (null when not assessed); the
 * area's name in English and in Welsh ({@code areaNameCy}, null when none was given).
 */
public record Leader(CouncilCode council, String councilName, String areaCode, String areaName, MaturityLevel level,
        Instant offeredAt, String areaNameCy) {

    /** An offer in an area named in English only. */
    public Leader(CouncilCode council, String councilName, String areaCode, String areaName, MaturityLevel level,
            Instant offeredAt) {
        this(council, councilName, areaCode, areaName, level, offeredAt, null);
    }

    /** The area's name for a reader of Welsh ({@code welsh}) or English: the Welsh one when given. */
    public String areaNameFor(boolean welsh) {
        return welsh && areaNameCy != null ? areaNameCy : areaName;
    }

    /** By area, then council, by the names a Welsh ({@code welsh}) or English reader sees, in that language's order. */
    public static Comparator<Leader> orderFor(boolean welsh) {
        Comparator<String> names = NameOrder.of(welsh);
        return Comparator.comparing((Leader l) -> l.areaNameFor(welsh), names).thenComparing(Leader::areaCode)
                .thenComparing(Leader::councilName, names);
    }
}
