package org.connectedcouncils.maturity.io;

import java.io.OutputStream;
import java.util.Arrays;

import org.connectedcouncils.common.io.CsvOut;
import org.connectedcouncils.maturity.domain.CommitmentDraft;
import org.connectedcouncils.maturity.domain.CommitmentFilter;
import org.connectedcouncils.maturity.service.CouncilCommitments;

/**
 * Councils' commitments as CSV, in the columns of the import's template (so an export imports again): read a page
 * of 100 at a time through the service (its permissions apply, four statements a page) and streamed as it comes.
 */
public final class CommitmentCsvExport {

    private final CouncilCommitments commitments;

    public CommitmentCsvExport(CouncilCommitments commitments) {
        this.commitments = commitments;
    }

    /** Streams the filter's commitments, newest recorded first, to {@code out} (flushed, not closed); how many. */
    public int export(CommitmentFilter filter, OutputStream out) {
        return CsvOut.pages(out, CommitmentCsvImport.COLUMNS.all(), page -> commitments.list(filter, page),
                listed -> {
                    CommitmentDraft d = listed.commitment().draft();
                    return Arrays.asList(listed.commitment().council().value(), d.kind().code(), d.title(),
                            d.status().code(), text(d.madeOn()), text(d.dueBy()), text(d.metOn()),
                            d.group() == null ? null : "WG-" + d.group());
                });
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
