package org.connectedcouncils.maturity.domain;

import java.time.Instant;
import java.util.Objects;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.DomainEvent;

/**
 * A council was assessed in a service area, or another council reviewed that assessment: published after the write
 * commits, so the people watching the assessed council hear of it. {@code areaCode} names the service area by its
 * code (each reader sees its name in their language); {@code detail} is the level ("3") or the verdict's code
 * ("endorse"); {@code reviewer} is null for an assessment.
 */
public record MaturityEvent(What what, CouncilCode council, String councilName, String areaCode, String detail,
        CouncilCode reviewer, String actorKey, Instant at) implements DomainEvent {

    /** What happened to the council's maturity. */
    public enum What {
        ASSESSED, REVIEWED
    }

    public MaturityEvent {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(council, "council");
    }
}
