package org.connectedcouncils.maturity.domain;

/**
 * What a level means in one service area: the admin's wording (null when the generic text applies) and its Welsh
 * (null when not given: Welsh readers then see the English wording).
 */
public record LevelDescription(String areaCode, MaturityLevel level, String wording, String wordingCy) {

    public boolean reworded() {
        return wording != null;
    }

    /** The admin's wording for a reader of Welsh ({@code welsh}) or English, or null when the generic text applies. */
    public String wordingFor(boolean welsh) {
        return welsh && wordingCy != null ? wordingCy : wording;
    }
}
