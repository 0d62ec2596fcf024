package org.connectedcouncils.council.domain;

/**
 * Where a council is: its nation (England, Scotland, Wales, Northern Ireland, or empty outside the UK), its country
 * (ISO 3166 alpha-2, e.g. GB, NL; empty when unknown) and a representative point (WGS84), which may be missing.
 */
public record CouncilPlace(String nation, String country, Double latitude, Double longitude) {

    public static final CouncilPlace UNKNOWN = new CouncilPlace("", "", null, null);

    public CouncilPlace {
        nation = nation == null ? "" : nation;
        country = country == null ? "" : country;
        if ((latitude == null) != (longitude == null)) {
            latitude = null;
            longitude = null;
        }
    }

    /** Whether the council has a point to place it on a map. */
    public boolean hasPoint() {
        return latitude != null;
    }

    /** Whether nothing is known of the place. */
    public boolean isUnknown() {
        return nation.isEmpty() && country.isEmpty() && latitude == null;
    }
}
