package org.connectedcouncils.register.io;

import org.connectedcouncils.common.domain.Coded;

/** What a CSV import creates (codes are the REST path's kinds). */
public enum CsvImportKind implements Coded {
    COUNCILS,
    SOLUTIONS,
    MAPPINGS,
    /** Councils' commitments, imported by the maturity feature (a {@code CsvFileImport} of this kind). */
    COMMITMENTS,
    /** Councils' self-assessments, imported by the maturity feature. */
    ASSESSMENTS,
    /** Councils' offers to lead in a service area, imported by the maturity feature. */
    LEADERS;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
