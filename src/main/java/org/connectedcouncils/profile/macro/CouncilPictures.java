package org.connectedcouncils.profile.macro;

import java.util.List;

import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.council.view.CouncilMap;
import org.connectedcouncils.maturity.domain.CouncilMaturity;
import org.connectedcouncils.register.service.RegisterQueries.CouncilProfile;

/**
 * The pictures on a council's profile, in their own section (fragment {@code templates/profile/council-pictures.vm}):
 * the map of where the solutions it uses come from, and its digital maturity beside councils of its type.
 */
public record CouncilPictures(List<CouncilMap> maps,
        List<CouncilMaturityPanel> maturity) {

    /** The pictures of {@code profile}'s council, element ids starting with {@code id}. */
    public static CouncilPictures of(String id, CouncilProfile profile, CouncilMaturity maturity, DisplayText text) {
        return new CouncilPictures(List.of(CouncilMapOfUse.of(id, profile, text)),
                List.of(CouncilMaturityPanel.of(id + "-maturity", maturity, text)));
    }
}
