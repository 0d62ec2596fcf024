package org.connectedcouncils.council.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.connectedcouncils.common.domain.CouncilCode;

/**
 * One local authority of the bundled UK list: current, or former with the day it ended and its current successor
 * (null when the list names none).
 */
public record ListedCouncil(CouncilCode code, String name, CouncilType type, String nation, String region,
        LocalDate ended, CouncilCode successor, Double latitude, Double longitude) {

    /** Country of every council on the list. */
    public static final String COUNTRY = "GB";

    public ListedCouncil {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public boolean current() {
        return ended == null;
    }

    public CouncilPlace place() {
        return new CouncilPlace(nation, COUNTRY, latitude, longitude);
    }

    /** The council as the directory holds it when it comes from the list. */
    public Council toCouncil() {
        return new Council(code, name, type, region, !current(), place(), successor, ended);
    }

    /**
     * Our council type for the list's {@code local-authority-type} code; empty for a code the list did not have when
     * this version was built.
     */
    public static java.util.Optional<CouncilType> typeOf(String listType) {
        CouncilType type = switch (listType == null ? "" : listType) {
            case "CTY" -> CouncilType.COUNTY;
            case "NMD" -> CouncilType.DISTRICT;
            case "UA" -> CouncilType.UNITARY;
            case "MD" -> CouncilType.METROPOLITAN_BOROUGH;
            case "LBO" -> CouncilType.LONDON_BOROUGH;
            case "SCO" -> CouncilType.SCOTTISH_COUNCIL;
            case "WPA" -> CouncilType.WELSH_COUNCIL;
            case "NID" -> CouncilType.NORTHERN_IRISH_COUNCIL;
            case "COMB" -> CouncilType.COMBINED_AUTHORITY;
            case "SRA" -> CouncilType.STRATEGIC_AUTHORITY;
            case "CC" -> CouncilType.CITY_CORPORATION;
            default -> null;
        };
        return java.util.Optional.ofNullable(type);
    }
}
