package org.connectedcouncils.register.domain;

import java.util.List;

import org.connectedcouncils.common.domain.CouncilCode;

/**
 * What the impact roll-up reads of one published entry: its owner, areas, the owner's declared figures (minor units
 * of {@code currency}, each optional), its citizen outcomes text, and the adoptions that count towards reuse.
 */
public record ImpactEntry(SolutionKey key, String name, CouncilCode owner, List<String> areas, String currency,
        Long oneOffCost, Long runningCost, Long annualSaving, String outcomes, List<CountedAdoption> adoptions) {

    public ImpactEntry {
        areas = List.copyOf(areas);
        adoptions = List.copyOf(adoptions);
    }

    /** An adoption that counts (see the register's store for which do), with the saving its council reported. */
    public record CountedAdoption(CouncilCode council, Money reportedSaving) {
    }
}
