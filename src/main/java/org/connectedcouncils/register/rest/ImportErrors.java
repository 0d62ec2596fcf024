package org.connectedcouncils.register.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.common.rest.ErrorJson;
import org.connectedcouncils.common.rest.ErrorResponses;

/**
 * Problems found in an imported file as the usual error body: {@code field} is the publiccode.yml key path or CSV
 * column (null for the whole file) and {@code line} the 1-based line (left out when unknown). A file over the size
 * limit answers 413, anything else 400.
 */
final class ImportErrors {

    private ImportErrors() {
    }

    static Response response(List<ImportError> errors, Messages messages) {
        return ErrorResponses.json(status(errors), new ErrorJson(entries(errors, messages), null));
    }

    /** 413 for a file over the size limit, otherwise 400. */
    static int status(List<ImportError> errors) {
        return errors.stream().anyMatch(e -> e.code().equals(ImportError.TOO_LARGE)) ? 413 : 400;
    }

    static List<ErrorJson.Entry> entries(List<ImportError> errors, Messages messages) {
        return errors.stream().map(e -> new ErrorJson.Entry(e.field().isEmpty() ? null : e.field(), e.code(),
                messages.text(e.code(), ErrorResponses.echo(e.arguments())), e.line() > 0 ? e.line() : null))
                .toList();
    }
}
