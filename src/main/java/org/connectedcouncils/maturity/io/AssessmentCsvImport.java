package org.connectedcouncils.maturity.io;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.io.CsvColumns;
import org.connectedcouncils.common.io.CsvRow;
import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.maturity.domain.Evidence;
import org.connectedcouncils.maturity.domain.MaturityRules;
import org.connectedcouncils.maturity.domain.NewAssessment;
import org.connectedcouncils.maturity.service.MaturityImports;
import org.connectedcouncils.maturity.service.MaturityImports.Rating;

/**
 * Admin import of councils' self-assessments from a CSV file (council, area, level, date, justification, entries
 * and links, the last two {@code ;}-separated): every row checked by the rules of the assessment form, every error
 * reported with its line and column; a dry run stops there, a real run records every row in one transaction, or none.
 */
public final class AssessmentCsvImport extends CheckedCsvImport<Rating> {

    public static final String KIND = "assessments";
    public static final CsvColumns COLUMNS = new CsvColumns(
            List.of("council", "area", "level", "date", "justification", "entries", "links"),
            List.of("council", "area", "level", "date", "justification"));
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("evidence.entries", "entries",
            "evidence.links", "links");

    public AssessmentCsvImport(MaturityImports imports, ActorProvider actors) {
        super(KIND, COLUMNS, actors, imports::checkAssessments, imports::assessAll, COLUMN_OF_FIELD);
    }

    @Override
    Rating parse(CsvRow row, List<ImportError> errors) {
        Optional<CouncilCode> council = row.councilCode("council", errors);
        Integer level = level(row, errors);
        NewAssessment assessment = new NewAssessment(row.get("area"), level,
                CommitmentCsvImport.date(row, "date", errors), row.get("justification"),
                new Evidence(row.list("entries"), row.list("links")));
        return council.map(c -> new Rating(c, assessment)).orElse(null);
    }

    private static Integer level(CsvRow row, List<ImportError> errors) {
        String raw = row.get("level");
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            errors.add(ImportError.of("level", row.line(), MaturityRules.RANGE, 1, 5));
            return null;
        }
    }
}
