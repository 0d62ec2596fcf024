package org.connectedcouncils.council.domain;

import java.util.Objects;

/** A council in the directory. Retired councils stay for history but take no new entries. */
public record Council(CouncilCode code, String name, CouncilType type, String region, boolean retired) {

    public Council {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        region = region == null ? "" : region;
    }

    public static Council active(String code, String name, CouncilType type, String region) {
        return new Council(CouncilCode.of(code), name, type, region, false);
    }
}
