package org.connectedcouncils.notify.domain;

import org.connectedcouncils.common.domain.Coded;

/**
 * The kinds of notification, each with its own mail choice: adoptions, entry changes, membership, reports, areas,
 * and the freshness nudges (confirm an entry, name a contact, re-confirm an adoption, a failed sync).
 */
public enum NotificationKind implements Coded {
    ADOPTION, ENTRY, MEMBERSHIP, STATUS_REPORT, NEW_IN_AREA, FRESHNESS;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
