package org.connectedcouncils.preview;

import java.time.LocalDate;
import java.util.List;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilPlace;
import org.connectedcouncils.council.domain.CouncilType;

/**
 * Real councils with their real GSS codes, types and regions: the demo data's councils, written over the bundled UK
 * list the preview seeds first (keeping the list's place of each), plus one council beyond the UK.
 */
final class DemoCouncils {

    static final List<Council> ALL = List.of(
            Council.active("E06000043", "Brighton and Hove City Council", CouncilType.UNITARY, "South East"),
            Council.active("E06000023", "Bristol City Council", CouncilType.UNITARY, "South West"),
            Council.active("E06000018", "Nottingham City Council", CouncilType.UNITARY, "East Midlands"),
            Council.active("E06000016", "Leicester City Council", CouncilType.UNITARY, "East Midlands"),
            Council.active("E06000052", "Cornwall Council", CouncilType.UNITARY, "South West"),
            Council.active("E06000045", "Southampton City Council", CouncilType.UNITARY, "South East"),
            Council.active("E06000044", "Portsmouth City Council", CouncilType.UNITARY, "South East"),
            Council.active("E06000014", "City of York Council", CouncilType.UNITARY, "Yorkshire and The Humber"),
            Council.active("E06000037", "West Berkshire Council", CouncilType.UNITARY, "South East"),
            Council.active("E06000038", "Reading Borough Council", CouncilType.UNITARY, "South East"),
            Council.active("E06000042", "Milton Keynes City Council", CouncilType.UNITARY, "South East"),
            Council.active("E06000060", "Buckinghamshire Council", CouncilType.UNITARY, "South East"),
            Council.active("E08000035", "Leeds City Council", CouncilType.METROPOLITAN_BOROUGH,
                    "Yorkshire and The Humber"),
            Council.active("E08000003", "Manchester City Council", CouncilType.METROPOLITAN_BOROUGH, "North West"),
            Council.active("E08000025", "Birmingham City Council", CouncilType.METROPOLITAN_BOROUGH,
                    "West Midlands"),
            Council.active("E08000012", "Liverpool City Council", CouncilType.METROPOLITAN_BOROUGH, "North West"),
            Council.active("E08000019", "Sheffield City Council", CouncilType.METROPOLITAN_BOROUGH,
                    "Yorkshire and The Humber"),
            Council.active("E08000021", "Newcastle City Council", CouncilType.METROPOLITAN_BOROUGH, "North East"),
            Council.active("E08000026", "Coventry City Council", CouncilType.METROPOLITAN_BOROUGH, "West Midlands"),
            Council.active("E08000006", "Salford City Council", CouncilType.METROPOLITAN_BOROUGH, "North West"),
            Council.active("E08000007", "Stockport Metropolitan Borough Council", CouncilType.METROPOLITAN_BOROUGH,
                    "North West"),
            Council.active("E09000012", "London Borough of Hackney", CouncilType.LONDON_BOROUGH, "London"),
            Council.active("E09000008", "London Borough of Croydon", CouncilType.LONDON_BOROUGH, "London"),
            Council.active("E09000028", "London Borough of Southwark", CouncilType.LONDON_BOROUGH, "London"),
            Council.active("E09000007", "London Borough of Camden", CouncilType.LONDON_BOROUGH, "London"),
            Council.active("E09000022", "London Borough of Lambeth", CouncilType.LONDON_BOROUGH, "London"),
            Council.active("E09000019", "London Borough of Islington", CouncilType.LONDON_BOROUGH, "London"),
            Council.active("E09000030", "London Borough of Tower Hamlets", CouncilType.LONDON_BOROUGH, "London"),
            Council.active("E09000025", "London Borough of Newham", CouncilType.LONDON_BOROUGH, "London"),
            Council.active("E10000014", "Hampshire County Council", CouncilType.COUNTY, "South East"),
            Council.active("E10000016", "Kent County Council", CouncilType.COUNTY, "South East"),
            Council.active("E10000030", "Surrey County Council", CouncilType.COUNTY, "South East"),
            Council.active("E10000020", "Norfolk County Council", CouncilType.COUNTY, "East of England"),
            Council.active("E07000178", "Oxford City Council", CouncilType.DISTRICT, "South East"),
            Council.active("E07000209", "Guildford Borough Council", CouncilType.DISTRICT, "South East"),
            Council.active("E07000008", "Cambridge City Council", CouncilType.DISTRICT, "East of England"),
            Council.active("S12000036", "City of Edinburgh Council", CouncilType.SCOTTISH_COUNCIL, "Scotland"),
            Council.active("S12000049", "Glasgow City Council", CouncilType.SCOTTISH_COUNCIL, "Scotland"),
            Council.active("W06000015", "Cardiff Council", CouncilType.WELSH_COUNCIL, "Wales"),
            Council.active("W06000011", "Swansea Council", CouncilType.WELSH_COUNCIL, "Wales"),
            Council.active("N09000003", "Belfast City Council", CouncilType.NORTHERN_IRISH_COUNCIL,
                    "Northern Ireland"),
            Council.active("NL-GM0363", "Gemeente Amsterdam", CouncilType.OTHER_EUROPEAN_AUTHORITY,
                    "Netherlands").withPlace(new CouncilPlace("", "NL", 52.37308, 4.89245)));

    /**
     * A council that ended, succeeded by a demo council, for the successor's take-over (#24): Hove merged into
     * Brighton and Hove in 1997, before GSS codes, so its code here is made up. It owns nothing in the demo data.
     */
    static final List<Council> ENDED = List.of(
            Council.active("UK-HOVE-1997", "Hove Borough Council", CouncilType.DISTRICT, "South East")
                    .endedOn(LocalDate.of(1997, 3, 31), CouncilCode.of("E06000043")));

    private DemoCouncils() {
    }
}
