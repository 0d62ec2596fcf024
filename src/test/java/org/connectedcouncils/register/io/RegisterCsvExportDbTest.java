package org.connectedcouncils.register.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.io.CsvCells;
import org.connectedcouncils.register.ao.AoSolution;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.testing.SolutionTestData;
import org.connectedcouncils.testing.SqlCounter;
import org.junit.Before;
import org.junit.Test;

/** CSV export of a register view on H2 and PostgreSQL (and MariaDB, like every *DbTest). */
public class RegisterCsvExportDbTest {

    private static final List<RegisterColumn> COLUMNS = List.of(RegisterColumn.KEY, RegisterColumn.NAME,
            RegisterColumn.PHASE, RegisterColumn.OWNER_COUNCIL, RegisterColumn.SERVICE_AREAS, RegisterColumn.USING);

    private final RegisterFixture fixture = new RegisterFixture();
    private RegisterCsvExport target;

    @Before
    public void setUp() {
        fixture.reset();
        target = new RegisterCsvExport(fixture.register);
        fixture.actor.actAs(Actor.administrator("user-admin"));
    }

    @Test
    public void export_writesUtf8WithBomAHeaderAndOneCrlfRowPerEntry() {
        Solution entry = fixture.register.create(aSolution().named("Café finder, \"beta\"").inAreas("waste", "parks")
                .build());

        String csv = exported(SolutionQuery.all());

        assertThat(csv).startsWith("\uFEFFconnected-councils.register.column.key,");
        assertThat(csv).isEqualTo("\uFEFF" + String.join(",", COLUMNS.stream().map(RegisterColumn::labelKey)
                .toList()) + "\r\n"
                + entry.key() + ",\"Café finder, \"\"beta\"\"\",beta,E06000043,parks; waste,0\r\n");
    }

    @Test
    public void export_neutralisesFormulaCells() throws IOException {
        fixture.register.create(aSolution().named("=HYPERLINK(\"http://evil.example\")").build());
        fixture.register.create(aSolution().named("@SUM(1+1)").build());
        fixture.register.create(aSolution().named("-1+2").build());
        fixture.register.create(aSolution().named("+cmd").build());

        List<CSVRecord> rows = records(exported(SolutionQuery.all()));

        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1)).containsExactlyInAnyOrder(
                "'=HYPERLINK(\"http://evil.example\")", "'@SUM(1+1)", "'-1+2", "'+cmd");
    }

    @Test
    public void export_appliesTheFiltersAndThePermissionsOfTheReader() throws IOException {
        fixture.register.publish(fixture.register.create(aSolution().named("Published beta").build()).key());
        fixture.register.create(aSolution().named("Draft beta").build());
        fixture.register.publish(fixture.register.create(aSolution().named("Published alpha").withPhase(Phase.ALPHA)
                .build()).key());
        fixture.actor.actAs(Actor.editor("user-hackney-editor", HACKNEY));
        SolutionQuery beta = SolutionQuery.all().withPhases(Set.of(Phase.BETA));

        List<CSVRecord> rows = records(exported(beta));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(1)).isEqualTo("Published beta");
    }

    @Test
    public void export_isByteForByteWhatTheFullEntriesGaveBeforeTheProjection() {
        Money pounds = Money.of(1_234_56, "GBP");
        for (int i = 0; i < 40; i++) {
            SolutionTestData data = aSolution().named((i % 5 == 0 ? "=Formula " : "Entry, \"quoted\" ") + i)
                    .withSummary("Line one\nline two " + i).withPhase(Phase.values()[i % 5])
                    .ownedBy(i % 2 == 0 ? BRIGHTON : HACKNEY).inAreas(i % 3 == 0 ? new String[]{"waste", "parks"}
                            : new String[]{"housing"});
            if (i % 2 == 0) {
                data = data.offering(CollaborationOffer.SHARE_CODE, CollaborationOffer.CO_FUND)
                        .withLandingUrl("https://example.org/" + i).withRepositoryUrl("https://git.example.org/" + i)
                        .withLicence("MIT").withPlatforms("web", "android").withCategories("it-development")
                        .withCosts(pounds, pounds, Money.of(9_99, "GBP"))
                        .withReuse(SolutionTestData.fullReuseTerms());
            }
            Solution created = fixture.register.create(data.build());
            if (i % 4 == 0) {
                fixture.register.publish(created.key());
            }
            AoSolution row = fixture.db.ao().get(AoSolution.class, (int) created.key().number());
            row.setUsingCount(i % 7);
            row.setEvaluatingCount(i % 3);
            row.save();
            fixture.clock.advance(java.time.Duration.ofHours(i % 3 == 0 ? 0 : 30));
        }
        List<RegisterColumn> every = Arrays.stream(RegisterColumn.values()).filter(RegisterColumn::inExport)
                .toList();

        for (List<RegisterColumn> columns : List.of(COLUMNS, every, List.of(RegisterColumn.ADOPTION_ANNUAL_COST,
                RegisterColumn.KEY))) {
            for (SolutionQuery query : List.of(SolutionQuery.all(), SolutionQuery.all().withServiceArea("waste"))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int rows = target.export(query, columns, RegisterColumn::labelKey, out);
                assertThat(out.toByteArray()).as(columns + " " + query).isEqualTo(before(query, columns));
                assertThat(rows).isPositive();
            }
        }
    }

    /** The export as written before issue 22: every entry read whole, then its cells collected and printed. */
    private byte[] before(SolutionQuery query, List<RegisterColumn> columns) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(columns.stream().map(c -> CsvCells.neutralise(c.labelKey())).toList());
            List<Solution> all = new ArrayList<>();
            fixture.register.readAll(query, all::addAll);
            for (Solution solution : all) {
                List<String> cells = new ArrayList<>();
                for (RegisterColumn column : columns) {
                    cells.add(CsvCells.neutralise(column.valueOf(solution)));
                }
                printer.printRecord(cells);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    public void export_readsTheKeysInOrderThenTheExportedColumnsFiveHundredEntriesAtATime() throws IOException {
        for (int i = 0; i < 230; i++) {
            fixture.register.create(aSolution().named("Entry " + i).ownedBy(BRIGHTON).build());
        }

        int statements;
        String csv;
        try (SqlCounter sql = SqlCounter.on(fixture.db.entityManager())) {
            csv = exported(SolutionQuery.all());
            statements = sql.count();
        }

        List<CSVRecord> records = records(csv);
        assertThat(records).hasSize(231);
        assertThat(records.stream().skip(1).map(r -> r.get(0)).distinct()).as("same timestamp, ties by key")
                .hasSize(230);
        assertThat(statements).as("the keys in order, then one batch of up to 500").isEqualTo(2);
    }

    private String exported(SolutionQuery query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        target.export(query, COLUMNS, RegisterColumn::labelKey, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
    }
}
