package org.connectedcouncils.common.io;

import java.io.InputStream;

/**
 * A CSV import a higher feature offers to the administrators' import (its {@code kind} is the REST path's): the
 * columns of its template, and the import itself, all rows or none ({@link CsvImportOptions#dryRun()} only checks).
 */
public interface CsvFileImport {

    String kind();

    CsvColumns columns();

    CsvImportResult importFile(InputStream file, CsvImportOptions options);
}
