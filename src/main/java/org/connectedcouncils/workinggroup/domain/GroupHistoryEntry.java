package org.connectedcouncils.workinggroup.domain;

import java.time.Instant;
import java.util.Objects;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.CouncilCode;

/**
 * One line of a group's history: when, who (user key), what, the council it concerns (nullable) and a short
 * detail such as "forming → active" (nullable, at most {@link #MAX_DETAIL} characters).
 */
public record GroupHistoryEntry(WorkingGroupKey group, Instant at, String actorKey, What what, CouncilCode council,
        String detail) {

    /** Longest detail kept. */
    public static final int MAX_DETAIL = 450;

    /** What happened. */
    public enum What implements Coded {
        CREATED, DETAILS_CHANGED, STATUS_CHANGED, PROJECT_PAGE_CREATED, MEMBER_ADDED, JOINED, JOIN_DECLINED,
        INVITATION_ACCEPTED, INVITATION_DECLINED, ROLE_CHANGED, LEFT, REMOVED, LEAD_HANDED_OVER,
        COMMITMENT_RECORDED, COMMITMENT_MARKED, JOIN_REQUESTED, INVITED, STATUS_REPORTED;

        @Override
        public String code() {
            return Coded.codeOf(this);
        }
    }

    public GroupHistoryEntry {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(what, "what");
        if (detail != null && detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL);
        }
    }
}
