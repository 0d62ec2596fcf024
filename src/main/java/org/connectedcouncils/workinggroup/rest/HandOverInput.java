package org.connectedcouncils.workinggroup.rest;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.rest.JsonFormats;

/** Body of {@code POST /working-groups/{key}/handover}: the member council that becomes the lead. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record HandOverInput(String council) {

    CouncilCode toCouncil() {
        List<FieldError> errors = new ArrayList<>();
        CouncilCode value = JsonFormats.council(errors, "council", council);
        JsonFormats.throwIfAny(errors);
        return value;
    }
}
