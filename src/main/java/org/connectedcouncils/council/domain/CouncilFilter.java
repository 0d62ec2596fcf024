package org.connectedcouncils.council.domain;

/**
 * Which active councils a list shows: of one type and/or one nation as the directory stores it (England, Scotland,
 * Wales, Northern Ireland; an empty nation is the councils outside the UK); null means any. Unlike
 * {@link CouncilsLike} neither part is required.
 */
public record CouncilFilter(CouncilType type, String nation) {

    /** Every active council. */
    public static final CouncilFilter ANY = new CouncilFilter(null, null);

    /** Whether {@code council} is active (not retired, not ended) and of the filter's type and nation. */
    public boolean includes(Council council) {
        return !council.retired() && council.ended() == null && (type == null || council.type() == type)
                && (nation == null || nation.equals(council.place().nation()));
    }
}
