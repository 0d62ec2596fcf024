package org.connectedcouncils.maturity.view;

import org.connectedcouncils.maturity.domain.MaturityLevel;

/**
 * The fill and text colour of each level: a light-to-dark blue scale where the printed level number keeps at least
 * 4.5:1 contrast on its fill, so the pictures never rely on colour alone. Unassessed cells are white with a grey dash.
 */
public record LevelColours(String fill, String text) {

    public static final LevelColours NONE = new LevelColours("#ffffff", "#595959");
    public static final String OUTLINE = "#42526e";

    public static LevelColours of(MaturityLevel level) {
        if (level == null) {
            return NONE;
        }
        return switch (level) {
            case PAPER -> new LevelColours("#f1eef6", "#172b4d");
            case ONLINE_FORMS -> new LevelColours("#bdc9e1", "#172b4d");
            case END_TO_END -> new LevelColours("#74a9cf", "#172b4d");
            case REDESIGNED -> new LevelColours("#045a8d", "#ffffff");
            case SHARED -> new LevelColours("#023858", "#ffffff");
        };
    }
}
