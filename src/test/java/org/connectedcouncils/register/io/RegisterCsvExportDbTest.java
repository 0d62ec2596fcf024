package org.connectedcouncils.register.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.testing.SqlCounter;
import org.junit.Before;
import org.junit.Test;

/** CSV export of a register view on H2 and PostgreSQL. */
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
    public void export_readsTheKeysInOrderThenTheEntriesAHundredAtATime() throws IOException {
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
        assertThat(statements).as("the keys in order, then three batches of up to 100").isEqualTo(4);
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
