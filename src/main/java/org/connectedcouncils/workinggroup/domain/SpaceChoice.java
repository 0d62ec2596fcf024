package org.connectedcouncils.workinggroup.domain;

import java.util.Objects;

/** A Confluence space a person may create a group's project page in: its key and its name. */
public record SpaceChoice(String key, String name) {

    public SpaceChoice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}
