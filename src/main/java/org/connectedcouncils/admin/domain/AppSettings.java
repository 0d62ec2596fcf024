package org.connectedcouncils.admin.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.ValidationException;

/**
 * The app's settings: who may create entries (a Confluence group; null means every licensed user), how many
 * funding-bid groups a council may lead, and after how many days an unconfirmed entry counts as stale.
 */
public record AppSettings(String createGroup, int fundingBidLeadLimit, int stalenessDays) {

    public static final AppSettings DEFAULTS = new AppSettings(null, 2, 180);
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
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return this;
    }
}
