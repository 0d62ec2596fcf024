package org.connectedcouncils.workinggroup.domain;

import java.util.Objects;

import org.connectedcouncils.common.domain.CouncilCode;

/**
 * One row of the portfolio: a group or register entry with its newest status report. {@code council} is the lead
 * (groups) or owner (entries); {@code model}, {@code status} and {@code projectPageId} are null for register entries
 * ({@code projectPageId} also for a group without a project page).
 */
public record PortfolioItem(ReportSubject subject, String name, CouncilCode council, CollaborationModel model,
        GroupStatus status, StatusReport latest, Long projectPageId) {

    public PortfolioItem {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(latest, "latest");
    }

    public PortfolioItem(ReportSubject subject, String name, CouncilCode council, CollaborationModel model,
            GroupStatus status, StatusReport latest) {
        this(subject, name, council, model, status, latest, null);
    }
}
