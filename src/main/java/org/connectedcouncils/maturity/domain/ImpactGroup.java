package org.connectedcouncils.maturity.domain;

import java.util.Comparator;
import java.util.List;

import org.connectedcouncils.common.domain.NameOrder;

/**
 * One council's or one service area's impact: sums per currency (never converted), how many other councils reuse
 * its entries (each counted once), and the entries behind the figures (the first {@link #MAX_LINES}, by name).
 * {@code welshName} is a service area's Welsh name (null for a council, or an area without one).
 */
public record ImpactGroup(String code, String name, String welshName, List<ImpactTotal> totals, int councilsReusing,
        int entries, List<ImpactLine> lines) {

    public static final int MAX_LINES = 50;

    public ImpactGroup {
        totals = List.copyOf(totals);
        lines = List.copyOf(lines);
    }

    /** The group's name for a Welsh or an English reader: a service area's Welsh name when it has one. */
    public String nameFor(boolean welsh) {
        return welsh && welshName != null && !welshName.isBlank() ? welshName : name;
    }

    /** Groups by the name a Welsh ({@code welsh}) or English reader sees, in that language's order. */
    public static Comparator<ImpactGroup> byNameFor(boolean welsh) {
        return Comparator.comparing((ImpactGroup g) -> g.nameFor(welsh), NameOrder.of(welsh))
                .thenComparing(ImpactGroup::code);
    }
}
