package org.connectedcouncils.register.io;

import org.connectedcouncils.common.domain.Coded;

/** What a CSV import creates (codes are the REST path's kinds). */
public enum CsvImportKind implements Coded {
    COUNCILS,
    SOLUTIONS,
    MAPPINGS;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
