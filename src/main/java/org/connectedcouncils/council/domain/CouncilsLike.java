package org.connectedcouncils.council.domain;

import java.util.Objects;

/**
 * "Councils like mine": the councils of one type, and of one nation too when {@code nation} is not null (an empty
 * nation is the councils outside the UK). Built from the chosen council with {@link #of}.
 */
public record CouncilsLike(CouncilType type, String nation) {

    public CouncilsLike {
        Objects.requireNonNull(type, "type");
    }

    /** The councils of {@code council}'s type, narrowed to its nation when {@code sameNation}. */
    public static CouncilsLike of(Council council, boolean sameNation) {
        return new CouncilsLike(council.type(), sameNation ? council.place().nation() : null);
    }

    /** Whether {@code council} belongs to the group. */
    public boolean includes(Council council) {
        return council.type() == type && (nation == null || nation.equals(council.place().nation()));
    }
}
