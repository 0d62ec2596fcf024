package org.connectedcouncils.council.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.connectedcouncils.common.domain.CouncilCode;

/**
 * A council in the directory. Retired councils stay for history but take no new entries; one that ended in a
 * reorganisation names its successor and the day it ended (both null otherwise).
 */
public record Council(CouncilCode code, String name, CouncilType type, String region, boolean retired,
        CouncilPlace place, CouncilCode successor, LocalDate ended) {

    public Council {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        region = region == null ? "" : region;
        place = place == null ? CouncilPlace.UNKNOWN : place;
    }

    /** A council with no known place or successor (the admin form and the CSV import without place columns). */
    public Council(CouncilCode code, String name, CouncilType type, String region, boolean retired) {
        this(code, name, type, region, retired, CouncilPlace.UNKNOWN, null, null);
    }

    public static Council active(String code, String name, CouncilType type, String region) {
        return new Council(CouncilCode.of(code), name, type, region, false);
    }

    public Council withPlace(CouncilPlace newPlace) {
        return new Council(code, name, type, region, retired, newPlace, successor, ended);
    }

    /** This council retired on {@code day}, succeeded by {@code next} (nullable). */
    public Council endedOn(LocalDate day, CouncilCode next) {
        return new Council(code, name, type, region, true, place, next, day);
    }

    /**
     * This council as an admin's edit leaves it: the fields of the edit, and the place and succession the edit does
     * not carry kept from {@code before} (nullable).
     */
    public Council keepingListDataOf(Council before) {
        if (before == null) {
            return this;
        }
        CouncilPlace keptPlace = place.isUnknown() ? before.place : place;
        return new Council(code, name, type, region, retired, keptPlace,
                successor == null ? before.successor : successor, ended == null ? before.ended : ended);
    }

    /** Names by code from councils read in one go; null for a code that is not among them. */
    public static Function<CouncilCode, String> names(Map<CouncilCode, Council> councils) {
        return code -> {
            Council council = councils.get(code);
            return council == null ? null : council.name();
        };
    }
}
