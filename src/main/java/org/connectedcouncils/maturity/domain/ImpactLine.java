package org.connectedcouncils.maturity.domain;

import java.util.List;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.SolutionKey;

/**
 * One entry behind a group's figures: its owner's declared figures in {@code currency}, the councils whose use
 * counts, the reuse saving (declared saving x those councils, null without a declared saving), what adopters
 * reported for themselves, and the citizen outcomes text.
 */
public record ImpactLine(SolutionKey key, String name, CouncilCode owner, String currency, Long annualSaving,
        List<CouncilCode> adopters, Long reuseSaving, Long oneOffCost, Long runningCost, List<Money> reported,
        String outcomes) {

    public ImpactLine {
        adopters = List.copyOf(adopters);
        reported = List.copyOf(reported);
    }
}
