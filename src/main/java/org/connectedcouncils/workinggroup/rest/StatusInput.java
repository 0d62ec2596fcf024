package org.connectedcouncils.workinggroup.rest;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.workinggroup.domain.GroupStatus;

/** Body of {@code POST /working-groups/{key}/status}: the status to move to. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record StatusInput(String status) {

    GroupStatus toStatus() {
        List<FieldError> errors = new ArrayList<>();
        GroupStatus value = JsonFormats.code(errors, "status", status, GroupStatus.class);
        JsonFormats.throwIfAny(errors);
        return value;
    }
}
