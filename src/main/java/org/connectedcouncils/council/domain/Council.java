package org.connectedcouncils.council.domain;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.connectedcouncils.common.domain.CouncilCode;

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

    /** Names by code from councils read in one go; null for a code that is not among them. */
    public static Function<CouncilCode, String> names(Map<CouncilCode, Council> councils) {
        return code -> {
            Council council = councils.get(code);
            return council == null ? null : council.name();
        };
    }
}
