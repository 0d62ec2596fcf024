package org.connectedcouncils.council.service;

import java.io.InputStream;

import org.connectedcouncils.common.io.CsvColumns;
import org.connectedcouncils.common.io.CsvImportOptions;
import org.connectedcouncils.common.io.CsvImportResult;

/** Port: the administrators' import of councils from a CSV file, implemented in council/io. */
public interface CouncilImport {

    /** The columns of the councils' template. */
    CsvColumns columns();

    /** Checks every row and, unless it is a dry run, saves all councils in one transaction or none. */
    CsvImportResult importFile(InputStream file, CsvImportOptions options);
}
