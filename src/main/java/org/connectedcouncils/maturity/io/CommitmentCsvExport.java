package org.connectedcouncils.maturity.io;

import java.io.OutputStream;
import java.util.Arrays;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.io.CsvOut;
import org.connectedcouncils.maturity.domain.CommitmentDraft;
import org.connectedcouncils.maturity.domain.CommitmentFilter;
import org.connectedcouncils.maturity.service.CouncilCommitments;
import org.connectedcouncils.maturity.service.ListedCommitment;

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
        CsvOut csv = new CsvOut(out, CommitmentCsvImport.COLUMNS.all());
        int written = 0;
        Page<ListedCommitment> page = commitments.list(filter, new PageRequest(0, PageRequest.MAX_LIMIT));
        while (true) {
            for (ListedCommitment listed : page.items()) {
                CommitmentDraft d = listed.commitment().draft();
                csv.row(Arrays.asList(listed.commitment().council().value(), d.kind().code(), d.title(),
                        d.status().code(), text(d.madeOn()), text(d.dueBy()), text(d.metOn()),
                        d.group() == null ? null : "WG-" + d.group()));
            }
            csv.flush();
            written += page.items().size();
            if (!page.hasNext() || page.items().isEmpty()) {
                return written;
            }
            page = commitments.list(filter, new PageRequest(written, PageRequest.MAX_LIMIT));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
