package org.connectedcouncils.register.rest;

/** Answer to an accepted CSV import: the file's data rows and how many were written (0 on a dry run). */
public record CsvImportJson(boolean dryRun, int rows, int written) {
}
