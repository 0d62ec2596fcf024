package org.connectedcouncils.notify.domain;

import org.connectedcouncils.common.domain.Coded;

/**
 * The kinds of notification, each with its own mail choice: adoptions, entry changes, membership, reports, areas,
 * a watched council's maturity assessments and their reviews, and the freshness nudges (confirm an entry, name a
 * contact, re-confirm an adoption).
 */
public enum NotificationKind implements Coded {
    ADOPTION, ENTRY, MEMBERSHIP, STATUS_REPORT, NEW_IN_AREA, MATURITY, FRESHNESS;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
