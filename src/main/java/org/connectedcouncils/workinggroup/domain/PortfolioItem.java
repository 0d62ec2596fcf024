package org.connectedcouncils.workinggroup.domain;

import java.util.Objects;

import org.connectedcouncils.common.domain.CouncilCode;

/**
 * One row of the portfolio: a group or register entry with its newest status report. {@code council} is the lead
 * (groups) or owner (entries); {@code model} and {@code status} are null for register entries.
 */
public record PortfolioItem(ReportSubject subject, String name, CouncilCode council, CollaborationModel model,
        GroupStatus status, StatusReport latest) {

    public PortfolioItem {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(latest, "latest");
    }
}
