package org.connectedcouncils.maturity.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.io.CsvColumns;
import org.connectedcouncils.common.io.CsvRow;
import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.maturity.domain.CommitmentDraft;
import org.connectedcouncils.maturity.domain.CommitmentKind;
import org.connectedcouncils.maturity.domain.CommitmentStatus;
import org.connectedcouncils.maturity.service.CouncilCommitments;
import org.connectedcouncils.maturity.service.CouncilCommitments.Pledge;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;

/**
 * Admin import of councils' commitments from a CSV file (council, kind, title, status, madeOn, dueBy, metOn, group):
 * every row is read and checked under the rules of the profile's form, every error reported with its line and
 * column; a dry run ("check first") stops there, a real run adds every row in one transaction, or none.
 */
public final class CommitmentCsvImport extends CheckedCsvImport<Pledge> {

    public static final String KIND = "commitments";
    public static final CsvColumns COLUMNS = new CsvColumns(
            List.of("council", "kind", "title", "status", "madeOn", "dueBy", "metOn", "group"),
            List.of("council", "kind", "status"));
    static final String BAD_DATE = "connected-councils.error.date";

    public CommitmentCsvImport(CouncilCommitments commitments, ActorProvider actors) {
        super(KIND, COLUMNS, actors, commitments::check, commitments::addAll, Map.of());
    }

    @Override
    Pledge parse(CsvRow row, List<ImportError> errors) {
        Optional<CouncilCode> council = row.councilCode("council", errors);
        CommitmentKind kind = row.coded("kind", CommitmentKind.class, true, errors);
        String title = row.text("title", false, errors);
        CommitmentStatus status = row.coded("status", CommitmentStatus.class, true, errors);
        LocalDate madeOn = date(row, "madeOn", errors);
        LocalDate dueBy = date(row, "dueBy", errors);
        LocalDate metOn = date(row, "metOn", errors);
        Long group = group(row, errors);
        return council.map(c -> new Pledge(c, new CommitmentDraft(kind, title, status, madeOn, dueBy, metOn, group)))
                .orElse(null);
    }

    static LocalDate date(CsvRow row, String column, List<ImportError> errors) {
        String raw = row.get(column);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            errors.add(ImportError.of(column, row.line(), BAD_DATE));
            return null;
        }
    }

    private static Long group(CsvRow row, List<ImportError> errors) {
        String raw = row.get("group");
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Optional<WorkingGroupKey> key = WorkingGroupKey.parse(raw);
        if (key.isEmpty()) {
            errors.add(ImportError.of("group", row.line(), "connected-councils.commitments.error.unknownGroup", raw));
            return null;
        }
        return key.get().number();
    }
}
