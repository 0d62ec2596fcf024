package org.connectedcouncils.workinggroup.rest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.GroupDetails;
import org.connectedcouncils.workinggroup.domain.NewWorkingGroup;

/**
 * Body of {@code POST /working-groups} and {@code PUT /working-groups/{key}}. A PUT replaces the details and needs
 * {@code version}; {@code leadCouncil} and {@code memberCouncils} are read on POST only (the lead changes by
 * hand-over, members through the members resource).
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record WorkingGroupInput(
        Integer version,
        String name,
        String aim,
        List<String> serviceAreas,
        String model,
        String cadence,
        String exitCriteria,
        List<String> linkedSolutions,
        String leadCouncil,
        List<String> memberCouncils) {

    NewWorkingGroup toNewGroup() {
        List<FieldError> errors = new ArrayList<>();
        GroupDetails details = details(errors, name, aim, serviceAreas, model, cadence, exitCriteria,
                linkedSolutions);
        CouncilCode lead = JsonFormats.council(errors, "leadCouncil", leadCouncil);
        Set<CouncilCode> members = councils(errors, "memberCouncils", memberCouncils);
        JsonFormats.throwIfAny(errors);
        return new NewWorkingGroup(details, lead, members);
    }

    GroupDetails toDetails() {
        List<FieldError> errors = new ArrayList<>();
        GroupDetails details = details(errors, name, aim, serviceAreas, model, cadence, exitCriteria,
                linkedSolutions);
        JsonFormats.throwIfAny(errors);
        return details;
    }

    int requiredVersion() {
        if (version == null) {
            throw ValidationException.of(FieldError.of("version", FieldChecks.REQUIRED));
        }
        return version;
    }

    static GroupDetails details(List<FieldError> errors, String name, String aim, List<String> serviceAreas,
            String model, String cadence, String exitCriteria, List<String> linkedSolutions) {
        Set<String> areas = new LinkedHashSet<>();
        for (String area : JsonFormats.list(serviceAreas)) {
            if (area == null || area.isBlank()) {
                errors.add(FieldError.of("serviceAreas", FieldChecks.REQUIRED));
            } else {
                areas.add(area.trim());
            }
        }
        Set<SolutionKey> solutions = new LinkedHashSet<>();
        for (String raw : JsonFormats.list(linkedSolutions)) {
            SolutionKey.parse(raw).ifPresentOrElse(solutions::add, () -> errors.add(FieldError.of(
                    "linkedSolutions", org.connectedcouncils.workinggroup.domain.WorkingGroupValidator
                            .UNKNOWN_SOLUTION, String.valueOf(raw))));
        }
        return new GroupDetails(name, aim, areas, JsonFormats.code(errors, "model", model, CollaborationModel.class),
                blankToNull(cadence), blankToNull(exitCriteria), solutions);
    }

    static Set<CouncilCode> councils(List<FieldError> errors, String field, List<String> raw) {
        Set<CouncilCode> out = new LinkedHashSet<>();
        for (String value : JsonFormats.list(raw)) {
            if (value == null || value.isBlank()) {
                errors.add(FieldError.of(field, FieldChecks.REQUIRED));
            } else {
                CouncilCode code = JsonFormats.council(errors, field, value);
                if (code != null) {
                    out.add(code);
                }
            }
        }
        return out;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
