package org.connectedcouncils.register.io;

import java.util.List;

import org.connectedcouncils.common.domain.Coded;

/** What a CSV import creates, with the columns its template has (codes are the JSON field names). */
public enum CsvImportKind implements Coded {
    COUNCILS(List.of("code", "name", "type", "region", "retired"), List.of("code", "name", "type")),
    SOLUTIONS(List.of("name", "summary", "description", "kind", "phase", "ownerCouncil", "keyContact",
            "serviceAreas", "offers", "landingUrl", "repositoryUrl", "licence", "softwareType", "maintenance",
            "platforms", "categories", "budgetBand", "currency", "oneOffCost", "annualRunningCost", "annualSaving",
            "citizenOutcomes"), List.of("name", "summary", "kind", "phase", "ownerCouncil", "serviceAreas"));

    private final List<String> columns;
    private final List<String> requiredColumns;

    CsvImportKind(List<String> columns, List<String> requiredColumns) {
        this.columns = columns;
        this.requiredColumns = requiredColumns;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** Every column the import reads, in template order. */
    public List<String> columns() {
        return columns;
    }

    /** Columns a file must have (their cells may still be checked row by row). */
    public List<String> requiredColumns() {
        return requiredColumns;
    }
}
