package org.connectedcouncils.maturity.view;

import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.maturity.domain.MaturityLevel;

/** A maturity level in words for the leaders directory and the council profile: "Level 3: ..." or "Not assessed". */
public final class LevelWords {

    private LevelWords() {
    }

    /** {@code level} in words, or "Not assessed" when it is null. */
    public static String of(MaturityLevel level, DisplayText text) {
        return level == null ? text.text("connected-councils.leaders.notAssessed")
                : text.text("connected-councils.leaders.level", String.valueOf(level.number()),
                        text.text(level.nameKey()));
    }
}
