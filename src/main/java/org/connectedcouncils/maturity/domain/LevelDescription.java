package org.connectedcouncils.maturity.domain;

/** What a level means in one service area: the admin's wording, or null when the generic text applies. */
public record LevelDescription(String areaCode, MaturityLevel level, String wording) {

    public boolean reworded() {
        return wording != null;
    }
}
