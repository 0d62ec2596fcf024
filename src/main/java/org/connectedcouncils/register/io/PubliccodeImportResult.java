package org.connectedcouncils.register.io;

import java.util.List;

import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;

/**
 * Outcome of a publiccode.yml import. When {@link #errors()} is empty the file was accepted: {@code content} is what
 * the entry holds (or would hold, on a dry run) and {@code solution} the stored entry (null on a dry run). When it
 * is not, nothing was written. Warnings (deprecated or unknown keys) never stop an import.
 */
public record PubliccodeImportResult(
        Solution solution,
        SolutionContent content,
        List<String> usedBy,
        List<ImportError> errors,
        List<ImportError> warnings) {

    public PubliccodeImportResult {
        usedBy = usedBy == null ? List.of() : List.copyOf(usedBy);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    static PubliccodeImportResult failed(List<ImportError> errors, List<ImportError> warnings) {
        return new PubliccodeImportResult(null, null, null, errors, warnings);
    }

    public boolean accepted() {
        return errors.isEmpty();
    }
}
