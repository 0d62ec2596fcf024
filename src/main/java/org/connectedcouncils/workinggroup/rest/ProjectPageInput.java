package org.connectedcouncils.workinggroup.rest;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.workinggroup.domain.NewWorkingGroup;

/**
 * Body of {@code POST /working-groups/project-pages}, the blueprint wizard's submit: the space to create the
 * project page in and the new group's name, aim, lead, service areas, model and first member councils.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ProjectPageInput(
        String spaceKey,
        String name,
        String aim,
        String leadCouncil,
        List<String> serviceAreas,
        String model,
        List<String> memberCouncils) {

    NewWorkingGroup toNewGroup() {
        List<FieldError> errors = new ArrayList<>();
        var details = WorkingGroupInput.details(errors, name, aim, serviceAreas, model, null, null, null);
        var lead = JsonFormats.council(errors, "leadCouncil", leadCouncil);
        var members = WorkingGroupInput.councils(errors, "memberCouncils", memberCouncils);
        JsonFormats.throwIfAny(errors);
        return new NewWorkingGroup(details, lead, members);
    }
}
