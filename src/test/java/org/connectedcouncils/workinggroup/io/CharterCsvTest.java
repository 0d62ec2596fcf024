package org.connectedcouncils.workinggroup.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.workinggroup.domain.Commitment;
import org.connectedcouncils.workinggroup.domain.CommitmentProgress;
import org.connectedcouncils.workinggroup.domain.CommitmentTerms;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.junit.Test;

/** A charter as CSV: a row per council, numbers as numbers, named councils, formulas kept as text. */
public class CharterCsvTest {

    private static final CouncilCode HACKNEY = CouncilCode.of("E09000012");
    private static final CouncilCode UNKNOWN = CouncilCode.of("X99");
    private static final WorkingGroupKey GROUP = WorkingGroupKey.of(7);

    @Test
    public void everyCommitment_isARow_underFixedHeadings() throws IOException {
        List<Commitment> charter = List.of(
                new Commitment(GROUP, HACKNEY, new CommitmentTerms(25, 12_000, "=HYPERLINK(\"x\")",
                        LocalDate.of(2026, 3, 2)), CommitmentProgress.AT_RISK, Instant.EPOCH, "u"),
                new Commitment(GROUP, UNKNOWN, new CommitmentTerms(0, 0, "tests with residents, \"weekly\"", null),
                        null, Instant.EPOCH, "u"));
        Map<CouncilCode, Council> names = Map.of(HACKNEY, Council.active(HACKNEY.value(), "London Borough of Hackney",
                CouncilType.LONDON_BOROUGH, "London"));

        String csv = CharterCsv.of(charter, names);

        assertThat(csv).startsWith("\uFEFFcouncil_code,council,people_days_per_month,");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).toList()).isEqualTo(CharterCsv.HEADINGS);
        assertThat(rows.get(1).toList()).containsExactly("E09000012", "London Borough of Hackney", "2.5", "12000",
                "'=HYPERLINK(\"x\")", "2026-03-02", "at-risk");
        assertThat(rows.get(2).toList()).containsExactly("X99", "X99", "", "", "tests with residents, \"weekly\"",
                "", "");
    }
}
