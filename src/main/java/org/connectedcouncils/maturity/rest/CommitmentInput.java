package org.connectedcouncils.maturity.rest;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.maturity.domain.CommitmentDraft;
import org.connectedcouncils.maturity.domain.CommitmentKind;
import org.connectedcouncils.maturity.domain.CommitmentStatus;
import org.connectedcouncils.maturity.domain.CommitmentRules;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;

/**
 * Body of {@code POST} and {@code PUT maturity/councils/{code}/commitments}: kind, title, status, the dates
 * {@code madeOn}, {@code dueBy}, {@code metOn} (ISO-8601), and {@code group} (a working group key such as WG-3).
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record CommitmentInput(String kind, String title, String status, String madeOn, String dueBy, String metOn,
        String group) {

    CommitmentDraft toDraft() {
        List<FieldError> errors = new ArrayList<>();
        CommitmentKind k = JsonFormats.code(errors, "kind", kind, CommitmentKind.class);
        CommitmentStatus s = JsonFormats.code(errors, "status", status, CommitmentStatus.class);
        var made = JsonFormats.date(errors, "madeOn", madeOn);
        var due = JsonFormats.date(errors, "dueBy", dueBy);
        var met = JsonFormats.date(errors, "metOn", metOn);
        Long number = null;
        if (group != null && !group.isBlank()) {
            number = WorkingGroupKey.parse(group).map(WorkingGroupKey::number).orElse(null);
            if (number == null) {
                errors.add(FieldError.of("group", CommitmentRules.UNKNOWN_GROUP, group));
            }
        }
        JsonFormats.throwIfAny(errors);
        return new CommitmentDraft(k, title, s, made, due, met, number);
    }
}
