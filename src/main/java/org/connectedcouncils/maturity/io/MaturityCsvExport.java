package org.connectedcouncils.maturity.io;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.io.CsvOut;
import org.connectedcouncils.maturity.domain.Assessment;
import org.connectedcouncils.maturity.domain.Leader;
import org.connectedcouncils.maturity.service.Maturity;

/**
 * Councils' latest assessments and offers to lead as CSV, in the columns of the imports' templates (so an export
 * imports again), read through the service (its permissions apply) a page of 100 at a time and streamed.
 */
public final class MaturityCsvExport {

    private final Maturity maturity;

    public MaturityCsvExport(Maturity maturity) {
        this.maturity = maturity;
    }

    /** Every council's latest assessment of each area, by council then area; how many rows. */
    public int assessments(OutputStream out) {
        return CsvOut.pages(out, AssessmentCsvImport.COLUMNS.all(), maturity::latest, (Assessment a) -> Arrays.asList(
                a.council().value(), a.areaCode(), String.valueOf(a.level().number()),
                CommitmentCsvExport.text(a.assessedOn()), a.justification(),
                String.join(";", a.evidence().entries()), String.join(";", a.evidence().links())));
    }

    /** The offers to lead (every one: {@code maturity.leaders(null, null)}, read before streaming); how many rows. */
    public static int leaders(List<Leader> leaders, OutputStream out) {
        return CsvOut.pages(out, LeadCsvImport.COLUMNS.all(), page -> Page.of(leaders, page),
                (Leader l) -> List.of(l.council().value(), l.areaCode()));
    }
}
