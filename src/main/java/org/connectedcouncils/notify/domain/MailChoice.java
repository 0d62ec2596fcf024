package org.connectedcouncils.notify.domain;

import org.connectedcouncils.common.domain.Coded;

/** How a person wants one kind of notification mailed: at once, in a daily or weekly digest, or not at all. */
public enum MailChoice implements Coded {
    IMMEDIATE, DAILY, WEEKLY, OFF;

    /** What a person who never chose gets: mail at once, as Confluence's own watches do. */
    public static final MailChoice DEFAULT = IMMEDIATE;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
