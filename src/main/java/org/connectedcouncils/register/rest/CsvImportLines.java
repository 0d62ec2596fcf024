package org.connectedcouncils.register.rest;

import java.util.List;

import org.connectedcouncils.common.rest.ErrorJson;

/** The lines of a CSV import answered as {@code application/x-ndjson}, told apart by {@code type}. */
public final class CsvImportLines {

    private CsvImportLines() {
    }

    /** {@code progress}: rows checked (dry run) or written so far, of the file's rows. */
    public record Progress(String type, int done, int total) {
    }

    /** {@code result}, the last line when the file was accepted: its rows and how many were written. */
    public record Result(String type, boolean dryRun, int rows, int written) {
    }

    /** {@code errors}, the last line when the file was refused (nothing written): the JSON answer's status and body. */
    public record Errors(String type, int status, List<ErrorJson.Entry> errors) {
    }

    /** {@code failed}, the last line when the import stopped on a fault; its transaction rolled back. */
    public record Failed(String type, String message) {
    }
}
