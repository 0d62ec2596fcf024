package org.connectedcouncils.council.service;

import java.io.InputStream;

import org.connectedcouncils.common.io.CsvColumns;
import org.connectedcouncils.common.io.CsvImportOptions;
import org.connectedcouncils.common.io.CsvImportResult;

/** Port: the administrators' import of role mappings (group or user → council, role) from CSV, in council/io. */
public interface RoleMappingImport {

    /** The columns of the mappings' template. */
    CsvColumns columns();

    /** Checks every row and, unless it is a dry run, adds all mappings in one transaction or none. */
    CsvImportResult importFile(InputStream file, CsvImportOptions options);
}
