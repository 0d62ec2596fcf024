package org.connectedcouncils.council.service;

import static org.connectedcouncils.common.audit.AuditRecord.Change.addIfChanged;

import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.audit.AuditRecord;
import org.connectedcouncils.common.audit.AuditTrail;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.council.domain.Council;

/**
 * Adding or changing a council in the directory, however it comes (the admin REST or the CSV import): the same
 * checks first, then the save and one audit record of the fields that changed. The caller has checked that the
 * actor is an admin.
 */
public final class CouncilEdits {

    public static final int NAME_LENGTH = 120;
    static final String AUDIT_SAVED = "connected-councils.audit.council.saved";

    private final CouncilDirectory councils;
    private final AuditTrail audit;

    public CouncilEdits(CouncilDirectory councils, AuditTrail audit) {
        this.councils = councils;
        this.audit = audit;
    }

    /** What is wrong with {@code council} (name required, name and region at most {@value #NAME_LENGTH}). */
    public static List<FieldError> errors(Council council) {
        List<FieldError> errors = new ArrayList<>();
        if (council.name().isBlank()) {
            errors.add(FieldError.of("name", "connected-councils.error.required"));
        } else if (council.name().length() > NAME_LENGTH) {
            errors.add(FieldError.of("name", "connected-councils.error.tooLong", NAME_LENGTH));
        }
        if (council.region().length() > NAME_LENGTH) {
            errors.add(FieldError.of("region", "connected-councils.error.tooLong", NAME_LENGTH));
        }
        return errors;
    }

    /** Checks and saves {@code council}, auditing it as {@code actor}'s change. */
    public Council save(Council council, Actor actor) {
        List<FieldError> errors = errors(council);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Council before = councils.find(council.code()).orElse(null);
        Council saved = councils.save(council.keepingListDataOf(before));
        List<AuditRecord.Change> changes = new ArrayList<>();
        addIfChanged(changes, "name", before == null ? null : before.name(), council.name());
        addIfChanged(changes, "type", before == null ? null : before.type().code(), council.type().code());
        addIfChanged(changes, "region", before == null ? null : before.region(), council.region());
        addIfChanged(changes, "retired", before == null ? null : before.retired(), council.retired());
        audit.record(new AuditRecord(AUDIT_SAVED, "council", council.code().value(), council.name(),
                actor.userKey(), changes));
        return saved;
    }
}
