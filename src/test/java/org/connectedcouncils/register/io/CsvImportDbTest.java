package org.connectedcouncils.register.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.common.audit.AuditAfterCommit;
import org.connectedcouncils.common.audit.AuditRecord;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.io.CsvReader;
import org.connectedcouncils.common.io.CsvRow;
import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.common.io.ImportLimits;
import org.connectedcouncils.common.io.CsvImportOptions;
import org.connectedcouncils.common.io.CsvImportResult;
import org.connectedcouncils.council.io.CouncilCsvImport;
import org.connectedcouncils.council.io.RoleMappingCsvImport;
import org.connectedcouncils.council.ao.AoRoleMappings;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.domain.SolutionValidator;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Before;
import org.junit.Test;

/** Admin CSV import of councils and solutions on H2 and PostgreSQL. */
public class CsvImportDbTest {

    private static final Actor ADMIN = Actor.administrator("user-admin");
    private static final String SOLUTIONS_HEADER = "name,summary,kind,phase,ownerCouncil,serviceAreas,offers,"
            + "currency,oneOffCost,licence\r\n";

    private final RegisterFixture fixture = new RegisterFixture();
    private CsvImport target;

    @Before
    public void setUp() {
        fixture.reset();
        AuditAfterCommit transactions = fixture.transactions;
        target = new CsvImport(new SolutionCsvImport(fixture.register, fixture.actor, transactions),
                new CouncilCsvImport(fixture.councils, fixture.actor, transactions, transactions),
                new RoleMappingCsvImport(fixture.councils, new AoRoleMappings(fixture.db.ao()), fixture.actor,
                        transactions, transactions), List.of());
        fixture.actor.actAs(ADMIN);
    }

    @Test
    public void template_isABomAndTheHeaderRow() {
        String template = target.template(CsvImportKind.COUNCILS);

        assertThat(template).isEqualTo("\uFEFFcode,name,type,region,retired\r\n");
    }

    @Test
    public void template_importsAsAFileWithNoRows() {
        CsvImportResult result = target.importFile(CsvImportKind.SOLUTIONS,
                utf8(target.template(CsvImportKind.SOLUTIONS)), CsvImportOptions.checkOnly());

        assertThat(result.errors()).extracting(ImportError::code).containsExactly(CsvReader.NO_ROWS);
    }

    @Test
    public void importFile_createsCouncilsInOneGo() {
        String csv = "code,name,type,region\r\n"
                + "E07000223,Adur District Council,district,South East\r\n"
                + "NL-GM0363,Gemeente Amsterdam,other-european-authority,\r\n";

        CsvImportResult result = target.importFile(CsvImportKind.COUNCILS, utf8(csv), CsvImportOptions.realRun());

        assertThat(result.errors()).isEmpty();
        assertThat(result.written()).isEqualTo(2);
        assertThat(fixture.councils.find(CouncilCode.of("NL-GM0363")).orElseThrow().type())
                .isEqualTo(CouncilType.OTHER_EUROPEAN_AUTHORITY);
    }

    @Test
    public void importFile_createsSolutionsWithTheirListsAndMoney() {
        String csv = SOLUTIONS_HEADER
                + "Bin finder,Find your bin day,software,beta,E06000043,waste; parks,share-code,GBP,25000.50,mit\r\n";

        CsvImportResult result = target.importFile(CsvImportKind.SOLUTIONS, utf8(csv), CsvImportOptions.realRun());

        assertThat(result.errors()).isEmpty();
        Solution stored = onlyEntry();
        assertThat(stored.content().serviceAreas()).containsExactly("parks", "waste");
        assertThat(stored.content().oneOffCost()).isEqualTo(Money.of(2_500_050, "GBP"));
        assertThat(stored.content().licence()).isEqualTo("MIT");
        assertThat(stored.createdBy()).isEqualTo("user-admin");
    }

    @Test
    public void importFile_dryRunReportsEveryRowErrorWithItsLineAndWritesNothing() {
        String csv = SOLUTIONS_HEADER
                + "Good one,Fine,software,beta,E06000043,waste,,,,\r\n"
                + "\"Multi-line\nname\",Fine,software,gamma,E06000043,waste,,,,\r\n"
                + ",No name,software,beta,E06000043,nowhere,,,,\r\n"
                + "Costly,Fine,software,beta,E06000043,waste,,,12.5,\r\n";

        CsvImportResult result = target.importFile(CsvImportKind.SOLUTIONS, utf8(csv), CsvImportOptions.checkOnly());

        assertThat(result.errors()).as("the register's rules judge the rows that parse, in line order").containsExactly(
                ImportError.of("phase", 3, CsvRow.NOT_ONE_OF, "gamma",
                        "concept, discovery, alpha, beta, live, retired"),
                ImportError.of("name", 5, FieldChecks.REQUIRED),
                ImportError.of("serviceAreas", 5, SolutionValidator.UNKNOWN_SERVICE_AREA, "nowhere"),
                ImportError.of("currency", 6, FieldChecks.REQUIRED));
        assertThat(result.written()).isZero();
        assertRegisterEmpty();
    }

    @Test
    public void importFile_dryRunAppliesTheRegistersRulesToRowsThatParse() {
        String csv = SOLUTIONS_HEADER
                + "Good one,Fine,software,beta,E06000043,waste,,,,\r\n"
                + ",No name,software,beta,E06000043,nowhere,,,,\r\n";

        CsvImportResult result = target.importFile(CsvImportKind.SOLUTIONS, utf8(csv), CsvImportOptions.checkOnly());

        assertThat(result.errors()).containsExactlyInAnyOrder(
                ImportError.of("name", 3, FieldChecks.REQUIRED),
                ImportError.of("serviceAreas", 3, SolutionValidator.UNKNOWN_SERVICE_AREA, "nowhere"));
        assertRegisterEmpty();
    }

    @Test
    public void importFile_realRunWithABrokenRowReportsTheOtherRowsProblemsTooAndWritesNothing() {
        String csv = SOLUTIONS_HEADER
                + "First,Fine,software,omega,E06000043,waste,,,,\r\n"
                + "Second,Fine,software,beta,E06000043,no-such-area,,,,\r\n"
                + "Third,Fine,software,beta,E06000043,waste,,,,\r\n";

        CsvImportResult result = target.importFile(CsvImportKind.SOLUTIONS, utf8(csv), CsvImportOptions.realRun());

        assertThat(result.errors()).extracting(ImportError::line, ImportError::field).containsExactly(
                tuple(2, "phase"), tuple(3, "serviceAreas"));
        assertThat(result.written()).isZero();
        assertRegisterEmpty();
    }

    @Test
    public void importFile_realRunIsAllOrNothing() {
        String csv = SOLUTIONS_HEADER
                + "First,Fine,software,beta,E06000043,waste,,,,\r\n"
                + "Second,Fine,software,beta,E06000043,waste,,,,\r\n"
                + "Third,Fine,software,beta,E06000043,no-such-area,,,,\r\n";

        CsvImportResult result = target.importFile(CsvImportKind.SOLUTIONS, utf8(csv), CsvImportOptions.realRun());

        assertThat(result.errors()).containsExactly(
                ImportError.of("serviceAreas", 4, SolutionValidator.UNKNOWN_SERVICE_AREA, "no-such-area"));
        assertThat(result.written()).isZero();
        assertRegisterEmpty();
    }

    @Test
    public void importFile_rolledBackLeavesNoAuditRecord() {
        String csv = SOLUTIONS_HEADER
                + "First,Fine,software,beta,E06000043,waste,,,,\r\n"
                + "Second,Fine,software,beta,E06000043,no-such-area,,,,\r\n";

        CsvImportResult result = target.importFile(CsvImportKind.SOLUTIONS, utf8(csv), CsvImportOptions.realRun());

        assertThat(result.written()).isZero();
        assertRegisterEmpty();
        assertThat(fixture.audit.records()).isEmpty();
    }

    @Test
    public void importFile_committedAuditsEveryEntryOnce() {
        String csv = SOLUTIONS_HEADER
                + "First,Fine,software,beta,E06000043,waste,,,,\r\n"
                + "Second,Fine,software,beta,E06000043,waste,,,,\r\n";

        target.importFile(CsvImportKind.SOLUTIONS, utf8(csv), CsvImportOptions.realRun());

        assertThat(fixture.audit.records()).extracting(AuditRecord::summaryKey).containsExactly(
                "connected-councils.audit.solution.created", "connected-councils.audit.solution.created");
    }

    @Test
    public void importFile_councilsAreCheckedAndAuditedLikeTheAdminPagesCouncils() {
        String tooLong = "x".repeat(121);
        String bad = "code,name,type,region\r\n"
                + "E07000223,Adur District Council,district," + tooLong + "\r\n"
                + "E07000224," + tooLong + ",district,\r\n";
        String good = "code,name,type,region\r\nE07000223,Adur District Council,district,South East\r\n";

        CsvImportResult refused = target.importFile(CsvImportKind.COUNCILS, utf8(bad), CsvImportOptions.realRun());
        CsvImportResult written = target.importFile(CsvImportKind.COUNCILS, utf8(good), CsvImportOptions.realRun());

        assertThat(refused.errors()).containsExactly(
                ImportError.of("region", 2, "connected-councils.error.tooLong", 120),
                ImportError.of("name", 3, "connected-councils.error.tooLong", 120));
        assertThat(written.written()).isEqualTo(1);
        assertThat(fixture.audit.records()).singleElement().satisfies(r -> {
            assertThat(r.summaryKey()).isEqualTo("connected-councils.audit.council.saved");
            assertThat(r.objectId()).isEqualTo("E07000223");
            assertThat(r.actor()).isEqualTo("user-admin");
            assertThat(r.changes()).contains(new AuditRecord.Change("name", null, "Adur District Council"));
        });
    }

    @Test
    public void importFile_reportsProgressRowByRow() {
        StringBuilder csv = new StringBuilder(SOLUTIONS_HEADER);
        for (int i = 0; i < 5; i++) {
            csv.append("Entry ").append(i).append(",Fine,software,beta,E06000043,waste,,,,\r\n");
        }
        List<String> progress = new ArrayList<>();

        target.importFile(CsvImportKind.SOLUTIONS, utf8(csv.toString()), CsvImportOptions.realRun()
                .reportingTo((done, total) -> progress.add(done + "/" + total)));

        assertThat(progress).containsExactly("1/5", "2/5", "3/5", "4/5", "5/5");
    }

    @Test
    public void importFile_restoresCellsTheExportNeutralised() {
        String csv = SOLUTIONS_HEADER + "'=Bins,Fine,software,beta,E06000043,waste,,,,\r\n";

        target.importFile(CsvImportKind.SOLUTIONS, utf8(csv), CsvImportOptions.realRun());

        assertThat(onlyEntry().content().name()).isEqualTo("=Bins");
    }

    @Test
    public void importFile_givesAClearErrorForEachMalformedFileAndWritesNothing() {
        String good = "Fine,Fine,software,beta,E06000043,waste,,,,\r\n";
        List<Malformed> cases = List.of(
                new Malformed("broken quoting", utf8Bytes(SOLUTIONS_HEADER + good
                        + "\"Unclosed,Fine,software,beta,E06000043,waste,,,,\r\n"), CsvReader.BROKEN_QUOTING, 3),
                new Malformed("text after a closing quote", utf8Bytes(SOLUTIONS_HEADER + "\"Bins\" finder,Fine,"
                        + "software,beta,E06000043,waste,,,,\r\n"), CsvReader.BROKEN_QUOTING, 2),
                new Malformed("wrong encoding", (SOLUTIONS_HEADER + good + "Café,Fine,software,beta,E06000043,waste,"
                        + ",,,\r\n").getBytes(StandardCharsets.ISO_8859_1), ImportLimits.NOT_UTF8, 3),
                new Malformed("too many cells", utf8Bytes(SOLUTIONS_HEADER + good + "a,b,c,d,e,f,g,h,i,j,k\r\n"),
                        CsvReader.CELL_COUNT, 3),
                new Malformed("unknown column", utf8Bytes("name,colour\r\nx,y\r\n"), CsvReader.UNKNOWN_COLUMN, 1),
                new Malformed("missing column", utf8Bytes("name,summary\r\nx,y\r\n"), CsvReader.MISSING_COLUMN, 1),
                new Malformed("huge file", utf8Bytes(SOLUTIONS_HEADER + good.repeat(CsvImport.MAX_BYTES
                        / good.length() + 1)), ImportLimits.TOO_LARGE, 0),
                new Malformed("too many rows", utf8Bytes(SOLUTIONS_HEADER + good.repeat(CsvReader.MAX_ROWS + 1)),
                        CsvReader.TOO_MANY_ROWS, CsvReader.MAX_ROWS + 2));

        for (Malformed bad : cases) {
            CsvImportResult result = target.importFile(CsvImportKind.SOLUTIONS,
                    new ByteArrayInputStream(bad.bytes()), CsvImportOptions.realRun());

            assertThat(result.errors()).as(bad.name()).extracting(ImportError::code, ImportError::line)
                    .contains(org.assertj.core.groups.Tuple.tuple(bad.code(), bad.line()));
        }
        assertRegisterEmpty();
    }

    @Test
    public void importFile_rejectsDuplicateAndMalformedCouncilCodes() {
        String csv = "code,name,type,retired\r\n"
                + "E07000223,Adur,district,no\r\n"
                + "e07000223,Adur again,district,no\r\n"
                + "not a code,Nowhere,district,perhaps\r\n";

        CsvImportResult result = target.importFile(CsvImportKind.COUNCILS, utf8(csv), CsvImportOptions.realRun());

        assertThat(result.errors()).containsExactlyInAnyOrder(
                ImportError.of("code", 3, CouncilCsvImport.DUPLICATE, "E07000223"),
                ImportError.of("code", 4, CsvRow.NOT_COUNCIL_CODE, "not a code"),
                ImportError.of("retired", 4, CsvRow.NOT_BOOLEAN, "perhaps"));
        assertThat(fixture.councils.find(CouncilCode.of("E07000223"))).isEmpty();
    }

    @Test
    public void importFile_isForAdministratorsOnly() {
        fixture.actor.actAs(Actor.editor("user-brighton-editor", CouncilCode.of("E06000043")));

        assertThatThrownBy(() -> target.importFile(CsvImportKind.COUNCILS, utf8("code,name,type\r\n"),
                CsvImportOptions.checkOnly())).isInstanceOf(Refusal.NotAllowed.class);
    }

    private Solution onlyEntry() {
        List<Solution> items = fixture.register.list(SolutionQuery.all()).page().items();
        assertThat(items).hasSize(1);
        return fixture.register.get(items.get(0).key());
    }

    private void assertRegisterEmpty() {
        assertThat(fixture.register.list(SolutionQuery.all()).page().total()).isZero();
        assertThat(fixture.councils.list(null, PageRequest.FIRST).total()).isEqualTo(3);
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(utf8Bytes(text));
    }

    private static byte[] utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private record Malformed(String name, byte[] bytes, String code, int line) {
    }
}
