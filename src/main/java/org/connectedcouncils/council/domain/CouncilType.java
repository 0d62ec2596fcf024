package org.connectedcouncils.council.domain;

import org.connectedcouncils.common.domain.Coded;

/** Kind of local authority. */
public enum CouncilType implements Coded {
    COUNTY,
    DISTRICT,
    UNITARY,
    METROPOLITAN_BOROUGH,
    LONDON_BOROUGH,
    SCOTTISH_COUNCIL,
    WELSH_COUNCIL,
    NORTHERN_IRISH_COUNCIL,
    COMBINED_AUTHORITY,
    STRATEGIC_AUTHORITY,
    CITY_CORPORATION,
    OTHER_EUROPEAN_AUTHORITY;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
