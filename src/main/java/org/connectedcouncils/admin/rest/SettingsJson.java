package org.connectedcouncils.admin.rest;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.admin.domain.AppSettings;

/**
 * The app's settings as read and written by {@code /admin/settings}: {@code createGroup} (null or blank = every
 * licensed user may create entries), {@code fundingBidLeadLimit}, {@code stalenessDays}, and the adoption check
 * ({@code adoptionCheckDays}, {@code adoptionGraceDays}; left out, they keep their stored values).
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record SettingsJson(String createGroup, Integer fundingBidLeadLimit, Integer stalenessDays,
        Integer adoptionCheckDays, Integer adoptionGraceDays) {

    static final String REQUIRED = "connected-councils.error.required";

    static SettingsJson of(AppSettings settings) {
        return new SettingsJson(settings.createGroup(), settings.fundingBidLeadLimit(), settings.stalenessDays(),
                settings.adoptionCheckDays(), settings.adoptionGraceDays());
    }

    /** The settings this body asks for; missing numbers are errors, the rules themselves are the domain's. */
    AppSettings toSettings(AppSettings stored) {
        List<FieldError> errors = new ArrayList<>();
        if (fundingBidLeadLimit == null) {
            errors.add(FieldError.of("fundingBidLeadLimit", REQUIRED));
        }
        if (stalenessDays == null) {
            errors.add(FieldError.of("stalenessDays", REQUIRED));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String group = createGroup == null || createGroup.isBlank() ? null : createGroup.trim();
        return new AppSettings(group, fundingBidLeadLimit, stalenessDays,
                adoptionCheckDays == null ? stored.adoptionCheckDays() : adoptionCheckDays,
                adoptionGraceDays == null ? stored.adoptionGraceDays() : adoptionGraceDays);
    }
}
