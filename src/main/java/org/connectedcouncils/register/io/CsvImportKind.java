package org.connectedcouncils.register.io;

import org.connectedcouncils.common.domain.Coded;

/** What a CSV import creates (codes are the REST path's kinds). */
public enum CsvImportKind implements Coded {
    COUNCILS,
    SOLUTIONS,
    MAPPINGS,
    /** Councils' commitments, imported by the maturity feature (a {@code CsvFileImport} of this kind). */
    COMMITMENTS;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
