package org.connectedcouncils.admin.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.ValidationException;

/**
 * The app's settings: who may create entries (a Confluence group; null means every licensed user), how many
 * funding-bid groups a council may lead, after how many days an unconfirmed entry counts as stale, after how many
 * days an adopter is asked whether it still uses an entry, and how many days it has to answer before the adoption
 * lapses.
 */
public record AppSettings(String createGroup, int fundingBidLeadLimit, int stalenessDays, int adoptionCheckDays,
        int adoptionGraceDays) {

    public static final AppSettings DEFAULTS = new AppSettings(null, 2, 180, 365, 30);

    /** Settings with the default adoption check and grace period. */
    public AppSettings(String createGroup, int fundingBidLeadLimit, int stalenessDays) {
        this(createGroup, fundingBidLeadLimit, stalenessDays, 365, 30);
    }
    private static final Pattern GROUP = Pattern.compile("[^\\s<>\"'&]{1,255}");

    /** Checks every setting and reports all broken rules at once. */
    public AppSettings validated() {
        List<FieldError> errors = new ArrayList<>();
        if (createGroup != null && !GROUP.matcher(createGroup).matches()) {
            errors.add(FieldError.of("createGroup", "connected-councils.error.group"));
        }
        if (fundingBidLeadLimit < 1 || fundingBidLeadLimit > 20) {
            errors.add(FieldError.of("fundingBidLeadLimit", "connected-councils.error.range", 1, 20));
        }
        if (stalenessDays < 7 || stalenessDays > 1825) {
            errors.add(FieldError.of("stalenessDays", "connected-councils.error.range", 7, 1825));
        }
        if (adoptionCheckDays < 30 || adoptionCheckDays > 1825) {
            errors.add(FieldError.of("adoptionCheckDays", "connected-councils.error.range", 30, 1825));
        }
        if (adoptionGraceDays < 7 || adoptionGraceDays > 365) {
            errors.add(FieldError.of("adoptionGraceDays", "connected-councils.error.range", 7, 365));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return this;
    }
}
