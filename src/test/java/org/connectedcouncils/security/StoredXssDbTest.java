package org.connectedcouncils.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.fasterxml.jackson.databind.JsonNode;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.connectedcouncils.common.service.PersonNames;
import org.connectedcouncils.register.ao.AoPubliccodeSyncStore;
import org.connectedcouncils.admin.service.Administration;
import org.connectedcouncils.common.ao.AoTransactions;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.host.SolutionPageServlet;
import org.connectedcouncils.profile.macro.CouncilProfileMacro;
import org.connectedcouncils.register.ao.AoPubliccodeExtraStore;
import org.connectedcouncils.register.domain.ReuseTerms;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionValidator;
import org.connectedcouncils.register.domain.SupportLevel;
import org.connectedcouncils.register.io.PubliccodeImport;
import org.connectedcouncils.register.io.PubliccodeImportOptions;
import org.connectedcouncils.register.io.PubliccodeImportResult;
import org.connectedcouncils.register.macro.AdoptionFiguresMacro;
import org.connectedcouncils.register.macro.RegisterTableMacro;
import org.connectedcouncils.register.macro.SolutionCardMacro;
import org.connectedcouncils.register.page.RegisterPages;
import org.connectedcouncils.register.service.RegisterQueries;
import org.connectedcouncils.testing.EditorRequestsFixture;
import org.connectedcouncils.testing.MaturityFixture;
import org.connectedcouncils.testing.AdminPageFixture;
import org.connectedcouncils.testing.DemoPeople;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.PreviewWebSudo;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RecordingPageBuilder;
import org.connectedcouncils.testing.RestFixture;
import org.connectedcouncils.testing.TestConversionContext;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.connectedcouncils.testing.WorkingGroupFixture;
import org.connectedcouncils.workinggroup.ao.AoLinkingGroups;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.GroupDetails;
import org.connectedcouncils.workinggroup.domain.JoinRequest;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.NewWorkingGroup;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.StatusReportContent;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.domain.WorkingGroupValidator;
import org.connectedcouncils.workinggroup.macro.PortfolioMacro;
import org.connectedcouncils.workinggroup.macro.StatusReportMacro;
import org.connectedcouncils.workinggroup.macro.WorkingGroupMacro;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries;
import org.junit.ClassRule;
import org.junit.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The stored XSS corpus written through every user-writable field (as a council of its own, its service area, entry,
 * group, status report and join requests per payload) and read back through every server-side renderer: the macros
 * for display and pdf, the later-rows fragment, the entry page, the admin page, REST JSON, CSV and publiccode.yml.
 */
public class StoredXssDbTest {

    @ClassRule
    public static final RestFixture REST = new RestFixture();

    private static final Actor ADMIN = Actor.administrator("user-admin");
    private static final Set<String> NO_TAGS = Set.of();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private final WorkingGroupFixture fixture = new WorkingGroupFixture();
    private final MacroOutput output = new MacroOutput(new VelocityTemplateRenderer().templateRenderer(),
            new RecordingPageBuilder().pageBuilderService(), new PropertiesMessages());
    private final List<Stored> stored = new ArrayList<>();
    private final Map<String, Integer> fieldsPerRenderer = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Long> laps = new LinkedHashMap<>();
    private long lap = System.nanoTime();
    private int refused;
    private int unrepresentable;
    private final List<String> problemsOnImport = new ArrayList<>();

    /** What one payload was stored as, and through which fields. */
    private record Stored(String payload, CouncilCode council, SolutionKey entry, WorkingGroupKey group,
            SolutionKey imported, List<String> fields) {
    }

    @Test
    public void everyPayloadInEveryFieldIsInertInEveryRenderer() throws Exception {
        long started = System.nanoTime();
        fixture.reset();
        for (int i = 0; i < XssPayloads.ALL.size(); i++) {
            stored.add(store(i, XssPayloads.ALL.get(i)));
        }
        RegisterQueries register = new RegisterQueries(fixture.register.register, fixture.register.store,
                fixture.register.councils, fixture.register.serviceAreas, fixture.register.actor);
        WorkingGroupQueries groups = new WorkingGroupQueries(fixture.groups, fixture.reporting,
                fixture.register.register, fixture.register.councils, fixture.register.serviceAreas,
                fixture.register.actor, fixture.joinRequests, fixture.invitations, fixture.records,
                new DemoPeople(), fixture.pages);

        lap("store");
        renderMacros(register, groups);
        lap("macros");
        renderEntryPages(register);
        lap("entry pages");
        renderAdminPage();
        lap("admin page");
        readRest();
        lap("REST");
        readCsv();
        lap("CSV");
        readPubliccode();
        lap("publiccode");
        System.out.println("Stored XSS corpus time by step (ms): " + laps);

        int fields = stored.stream().mapToInt(s -> s.fields().size()).sum();
        int combinations = fieldsPerRenderer.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("Stored XSS corpus: %d payloads, %d payload-field writes (%d refused by validation, %d "
                + "payloads no YAML file can carry), %d renderers, %d payload x field x renderer combinations, %d ms%n",
                XssPayloads.ALL.size(), fields, refused, unrepresentable, fieldsPerRenderer.size(), combinations,
                (System.nanoTime() - started) / 1_000_000);
        assertThat(problems).isEmpty();
        assertThat(problemsOnImport).as("publiccode.yml imports refused (a YAML dump writes control characters as "
                + "!!binary, which the import rightly refuses)").allMatch(e -> e.contains("badTag"));
        assertThat(XssPayloads.ALL).hasSizeGreaterThanOrEqualTo(30);
    }

    private Stored store(int i, String payload) {
        List<String> fields = new ArrayList<>();
        Administration admin = AdminPageFixture.administration(fixture.register.db.ao(), fixture.register.councils,
                fixture.register.serviceAreas, fixture.register.actor, fixture.register.audit,
                fixture.register.clock);
        fixture.register.actor.actAs(ADMIN);
        CouncilCode council = CouncilCode.of(String.format("X%08d", i));
        if (attempt(fields, "council.name", () -> admin.saveCouncil(new Council(council, fit(payload, 120),
                CouncilType.UNITARY, fit(payload, 120), false)))) {
            fields.add("council.region");
        } else {
            admin.saveCouncil(new Council(council, "Council " + i, CouncilType.UNITARY, "", false));
        }
        String area = "xss-" + i;
        if (!attempt(fields, "serviceArea.name", () -> admin.saveServiceArea(new ServiceArea(area,
                XssPayloads.fit(payload, 120), false)))) {
            admin.saveServiceArea(new ServiceArea(area, "Area " + i, false));
        }
        fixture.register.actor.actAs(Actor.editor("user-xss-" + i, council));
        SolutionKey entry = createEntry(fields, council, area, payload);
        fixture.register.register.publish(entry);
        WorkingGroupKey group = createGroup(fields, council, area, entry, payload);
        attempt(fields, "statusReport.text", () -> fixture.reporting.report(ReportSubject.of(group),
                new StatusReportContent(TODAY, Rag.AMBER, fit(payload, WorkingGroupValidator.REPORT_TEXT_MAX),
                        fit(payload, WorkingGroupValidator.REPORT_TEXT_MAX),
                        fit(payload, WorkingGroupValidator.REPORT_TEXT_MAX),
                        fit(payload, WorkingGroupValidator.REPORT_TEXT_MAX))));
        attempt(fields, "entryStatusReport.text", () -> fixture.reporting.report(ReportSubject.of(entry),
                new StatusReportContent(TODAY, Rag.RED, fit(payload, WorkingGroupValidator.REPORT_TEXT_MAX), null,
                        null, null)));
        fixture.register.actor.actAs(Actor.editor("user-hackney-editor", HACKNEY));
        attempt(fields, "joinRequest.message", () -> fixture.joinRequests.requestToJoin(group, HACKNEY,
                MemberRole.MEMBER, fit(payload, WorkingGroupValidator.MESSAGE_MAX)));
        fixture.register.actor.actAs(Actor.editor("user-leeds-editor", LEEDS));
        JoinRequest declined = fixture.joinRequests.requestToJoin(group, LEEDS, MemberRole.OBSERVER, "Hello");
        fixture.register.actor.actAs(Actor.editor("user-xss-" + i, council));
        attempt(fields, "joinRequest.declineReason", () -> fixture.joinRequests.declineJoin(group, declined.id(),
                fit(payload, WorkingGroupValidator.MESSAGE_MAX)));
        SolutionKey imported = importPubliccode(fields, council, area, payload);
        return new Stored(payload, council, entry, group, imported, fields);
    }

    private SolutionKey createEntry(List<String> fields, CouncilCode council, String area, String payload) {
        String url = XssPayloads.urls(payload).stream().filter(SolutionValidator::isWebUrl).findFirst()
                .orElse("https://example.org/");
        SolutionContent content = aSolution().ownedBy(council).inAreas(area)
                .named(fit(payload, SolutionValidator.NAME_MAX))
                .withSummary(fit(payload, SolutionValidator.SUMMARY_MAX))
                .withDescription(fit(payload, SolutionValidator.DESCRIPTION_MAX))
                .withOutcomes(fit(payload, SolutionValidator.OUTCOMES_MAX))
                .withKeyContact(fit(payload, SolutionValidator.CONTACT_MAX))
                .withLandingUrl(fit(url, SolutionValidator.URL_MAX))
                .withRepositoryUrl(fit(url, SolutionValidator.URL_MAX))
                .withReuse(new ReuseTerms(SupportLevel.PAID, fit(payload, SolutionValidator.CONTACT_MAX), null, true,
                        fit(url, SolutionValidator.URL_MAX), fit(url, SolutionValidator.URL_MAX), Set.of(), null,
                        null, fit(payload, SolutionValidator.ADOPTER_NEEDS_MAX))).build();
        try {
            SolutionKey key = fixture.register.register.create(content).key();
            fields.addAll(List.of("entry.name", "entry.summary", "entry.description", "entry.outcomes",
                    "entry.keyContact", "entry.landingUrl", "entry.repositoryUrl", "entry.reuse.contact",
                    "entry.reuse.adopterNeeds", "entry.reuse.dpiaUrl", "entry.reuse.accessibilityStatementUrl"));
            return key;
        } catch (ValidationException e) {
            refused++;
            return fixture.register.register.create(aSolution().ownedBy(council).inAreas(area)
                    .withDescription(fit(payload, SolutionValidator.DESCRIPTION_MAX)).build()).key();
        }
    }

    /** A publiccode.yml import whose name, descriptions, features and unmapped keys (the extras) hold the payload. */
    private SolutionKey importPubliccode(List<String> fields, CouncilCode council, String area, String payload) {
        Map<String, Object> en = new LinkedHashMap<>();
        en.put("shortDescription", fit(payload, 150));
        en.put("longDescription", longDescription(payload));
        en.put("features", List.of(fit(payload, 1_000)));
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("publiccodeYmlVersion", "0.7");
        file.put("name", fit(payload, SolutionValidator.NAME_MAX));
        file.put("url", "https://example.org/repo");
        file.put("platforms", List.of("web"));
        file.put("developmentStatus", "stable");
        file.put("softwareType", "standalone/web");
        file.put("description", Map.of("en", en));
        // A key of the standard the register does not map: kept verbatim and written back on export.
        file.put("legal", Map.of("license", "MIT", "mainCopyrightOwner", fit(payload, 1_000)));
        file.put("maintenance", Map.of("type", "internal", "contacts", List.of(Map.of("name", fit(payload, 200)))));
        file.put("localisation", Map.of("localisationReady", false, "availableLanguages", List.of("en")));
        String yaml;
        try {
            yaml = new Yaml().dump(file);
        } catch (YAMLException e) {
            unrepresentable++;
            return null;
        }
        PubliccodeImportResult result = publiccodeImport().importFile(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                PubliccodeImportOptions.newEntry(council, Set.of(area), "user-xss"));
        if (!result.errors().isEmpty() || result.solution() == null) {
            refused++;
            problemsOnImport.add(result.errors().toString());
            return null;
        }
        fields.addAll(List.of("publiccode.name", "publiccode.longDescription", "publiccode.features",
                "publiccode.contact", "publiccode.extra"));
        return result.solution().key();
    }

    private PubliccodeImport publiccodeImport() {
        return new PubliccodeImport(fixture.register.register, new AoPubliccodeExtraStore(fixture.register.db.ao()),
                new AoTransactions(fixture.register.db.ao()));
    }

    /** The payload repeated to the 150 characters publiccode.yml asks of a long description. */
    private static String longDescription(String payload) {
        StringBuilder text = new StringBuilder(payload);
        while (text.length() < 160) {
            text.append(' ').append(payload.isBlank() ? "padding" : payload);
        }
        return fit(text.toString(), 10_000);
    }

    private WorkingGroupKey createGroup(List<String> fields, CouncilCode council, String area, SolutionKey entry,
            String payload) {
        GroupDetails details = new GroupDetails(fit(payload, WorkingGroupValidator.NAME_MAX),
                fit(payload, WorkingGroupValidator.AIM_MAX), Set.of(area), CollaborationModel.COMMUNITY_OF_PRACTICE,
                fit(payload, WorkingGroupValidator.CADENCE_MAX), fit(payload, WorkingGroupValidator.EXIT_CRITERIA_MAX),
                Set.of(entry));
        try {
            WorkingGroupKey key = fixture.groups.create(new NewWorkingGroup(details, council, Set.of())).key();
            fields.addAll(List.of("group.name", "group.aim", "group.cadence", "group.exitCriteria"));
            return key;
        } catch (ValidationException e) {
            refused++;
            return fixture.groups.create(new NewWorkingGroup(new GroupDetails("Group", "Aim", Set.of(area),
                    CollaborationModel.COMMUNITY_OF_PRACTICE, "", "", Set.of(entry)), council, Set.of())).key();
        }
    }

    private void lap(String step) {
        long now = System.nanoTime();
        laps.put(step, (now - lap) / 1_000_000);
        lap = now;
    }

    private boolean attempt(List<String> fields, String field, Runnable write) {
        try {
            write.run();
            fields.add(field);
            return true;
        } catch (ValidationException e) {
            refused++;
            return false;
        }
    }

    private void renderMacros(RegisterQueries register, WorkingGroupQueries groups) throws Exception {
        fixture.register.actor.actAs(ADMIN);
        Macro table = new RegisterTableMacro(register, output);
        Macro figures = new AdoptionFiguresMacro(register, output);
        Macro portfolio = new PortfolioMacro(groups, output);
        for (String mode : List.of("display", "pdf")) {
            check("register table " + mode, all(), table.execute(Map.of("pageSize", "100"), null, context(mode)));
            check("figures " + mode, all(), figures.execute(Map.of(), null, context(mode)));
            check("portfolio " + mode, all(), portfolio.execute(Map.of("pageSize", "100"), null, context(mode)));
        }
        check("register rows fragment", all(), REST.http.get(DemoUsers.ADMIN, "solutions.html?start=1&limit=100")
                .body());
        Macro card = new SolutionCardMacro(register, output);
        Macro profile = new CouncilProfileMacro(register, fixture.invitations,
                MaturityFixture.over(fixture.register), EditorRequestsFixture.over(fixture.register.db.ao(),
                fixture.register.councils, fixture.register.actor, fixture.register.transactions, PersonNames.NONE,
                fixture.register.clock), MaturityFixture.commitmentsOver(fixture.register),
                fixture.register.actor, output);
        Macro group = new WorkingGroupMacro(groups, output);
        Macro report = new StatusReportMacro(groups, output, fixture.register.clock);
        for (Stored s : stored) {
            fixture.register.actor.actAs(Actor.editor("user-lead", s.council()));
            for (String mode : List.of("display", "pdf")) {
                check("solution card " + mode, List.of(s), card.execute(Map.of("key", s.entry().toString()), null,
                        context(mode)));
                check("council profile " + mode, List.of(s), profile.execute(Map.of("council",
                        s.council().value()), null, context(mode)));
                check("working group " + mode, List.of(s), group.execute(Map.of("key", s.group().toString()), null,
                        context(mode)));
                check("status report " + mode, List.of(s), report.execute(Map.of("key", s.group().toString()), null,
                        context(mode)));
                check("entry status report " + mode, List.of(s), report.execute(Map.of("key",
                        s.entry().toString()), null, context(mode)));
            }
        }
    }

    private void renderEntryPages(RegisterQueries register) throws Exception {
        fixture.register.actor.actAs(Actor.viewer("user-viewer"));
        SolutionPageServlet servlet = new SolutionPageServlet(new RegisterPages(register, fixture.register.register,
                fixture.register.councils, fixture.register.serviceAreas, fixture.register.actor, output,
                new AoLinkingGroups(fixture.register.db.ao()), new DemoPeople(),
                new AoPubliccodeSyncStore(fixture.register.db.ao())),
                mock(LoginUriProvider.class));
        for (Stored s : stored) {
            HttpServletRequest request = mock(HttpServletRequest.class);
            HttpServletResponse response = mock(HttpServletResponse.class);
            StringWriter body = new StringWriter();
            when(request.getPathInfo()).thenReturn("/connected-councils/solutions/" + s.entry());
            when(response.getWriter()).thenReturn(new PrintWriter(body));
            when(request.getMethod()).thenReturn("GET");
            servlet.service(request, response);
            check("entry page", List.of(s), body.toString(), Set.of("title", "body"));
        }
    }

    private void renderAdminPage() {
        AdminPageFixture page = new AdminPageFixture(AdminPageFixture.administration(fixture.register.db.ao(),
                fixture.register.councils, fixture.register.serviceAreas, () -> ADMIN, fixture.register.audit,
                fixture.register.clock), () -> ADMIN, new PropertiesMessages());
        AdminPageFixture.Answer answer = page.handle("GET", URI.create(AdminPageFixture.PATH),
                Map.of(PreviewWebSudo.COOKIE, "confirmed"), Map.of());
        assertThat(answer.status()).isEqualTo(200);
        check("admin page", all(), answer.bodyHtml());
    }

    private void readRest() {
        for (Stored s : stored) {
            json("REST entry", s, "solutions/" + s.entry(), "entry.name", "name", "entry.description",
                    "description", "entry.reuse.contact", "/reuse/contact", "entry.reuse.adopterNeeds",
                    "/reuse/adopterNeeds");
            json("REST group", s, "working-groups/" + s.group(), "group.name", "/group/name", "group.aim",
                    "/group/aim");
            json("REST council", s, "councils/" + s.council().value(), "council.name", "name");
            json("REST join requests", s, "working-groups/" + s.group() + "/join-requests?state=pending",
                    "joinRequest.message", "/results/0/message");
            json("REST group reports", s, "working-groups/" + s.group() + "/reports", "statusReport.text",
                    "/results/0/summary");
        }
        HttpCalls.Result areas = REST.http.get(DemoUsers.ADMIN, "service-areas?limit=100");
        assertThat(areas.status()).isEqualTo(200);
        for (Stored s : stored) {
            if (s.fields().contains("serviceArea.name")) {
                count("REST service areas", 1);
                String name = fit(s.payload(), 120);
                boolean found = false;
                for (String area : areas.json().findValuesAsText("name")) {
                    found |= sameText(name, area);
                }
                if (!found) {
                    problems.add("REST service areas: payload " + index(s) + " does not round-trip");
                }
            }
        }
    }

    private void json(String renderer, Stored s, String path, String... fieldAndPointer) {
        HttpCalls.Result result = REST.http.get(DemoUsers.ADMIN, path);
        if (result.status() != 200) {
            problems.add(renderer + " " + path + ": status " + result.status() + " " + excerpt(result.body()));
            return;
        }
        if (!String.valueOf(result.headers().firstValue("Content-Type").orElse("")).startsWith("application/json")) {
            problems.add(renderer + ": not JSON");
        }
        JsonNode body = result.json();
        for (int i = 0; i < fieldAndPointer.length; i += 2) {
            if (!s.fields().contains(fieldAndPointer[i])) {
                continue;
            }
            count(renderer, 1);
            String pointer = fieldAndPointer[i + 1].startsWith("/") ? fieldAndPointer[i + 1]
                    : "/" + fieldAndPointer[i + 1];
            String value = body.at(pointer).asText(null);
            String expected = expectedText(s.payload(), fieldAndPointer[i]);
            if (!sameText(expected, value)) {
                problems.add(renderer + " " + pointer + ": payload " + index(s) + " came back as "
                        + excerpt(String.valueOf(value)) + " in " + excerpt(result.body()));
            }
        }
    }

    private void readCsv() throws Exception {
        HttpCalls.Download csv = REST.http.download(DemoUsers.ADMIN,
                "solutions.csv?columns=key,name,summary,landingUrl");
        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
            rows.put(row.get(0), row);
        }
        for (Stored s : stored) {
            if (!s.fields().contains("entry.name")) {
                continue;
            }
            count("CSV export", 3);
            CSVRecord row = rows.get(s.entry().toString());
            for (int column = 1; column < 4; column++) {
                checkCsvCell(s, row == null || column >= row.size() ? null : row.get(column));
            }
        }
    }

    private void checkCsvCell(Stored s, String cell) {
        if (cell == null) {
            problems.add("CSV export: no row for payload " + index(s));
            return;
        }
        String stripped = cell.stripLeading();
        if (!stripped.isEmpty() && "=+-@".indexOf(stripped.charAt(0)) >= 0) {
            problems.add("CSV export: formula not neutralised for payload " + index(s) + ": " + excerpt(cell));
        }
        if (cell.startsWith("\t") || cell.startsWith("\r")) {
            problems.add("CSV export: cell starts with a control character for payload " + index(s));
        }
    }

    private void readPubliccode() {
        Yaml safe = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (Stored s : stored) {
            if (s.imported() == null) {
                continue;
            }
            HttpCalls.Result result = REST.http.get(DemoUsers.ADMIN, "solutions/" + s.imported() + "/publiccode.yml");
            if (result.status() != 200) {
                problems.add("publiccode.yml payload " + index(s) + ": status " + result.status() + " "
                        + excerpt(result.body()));
                continue;
            }
            count("publiccode.yml", 5);
            try {
                Map<?, ?> document = safe.load(result.body());
                Map<?, ?> en = (Map<?, ?>) ((Map<?, ?>) document.get("description")).get("en");
                expect("publiccode.yml name", s, fit(s.payload(), SolutionValidator.NAME_MAX), document.get("name"));
                expect("publiccode.yml longDescription", s, longDescription(s.payload()), en.get("longDescription"));
                expect("publiccode.yml features", s, List.of(fit(s.payload(), 1_000)), en.get("features"));
                expect("publiccode.yml extra", s, fit(s.payload(), 1_000),
                        ((Map<?, ?>) document.get("legal")).get("mainCopyrightOwner"));
            } catch (RuntimeException e) {
                problems.add("publiccode.yml payload " + index(s) + " does not load safely: " + e);
            }
        }
    }

    private void expect(String what, Stored s, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            problems.add(what + ": payload " + index(s) + " came back as " + excerpt(String.valueOf(actual)));
        }
    }

    private void check(String renderer, List<Stored> shown, String html) {
        check(renderer, shown, html, NO_TAGS);
    }

    private void check(String renderer, List<Stored> shown, String html, Set<String> allowedTags) {
        count(renderer, shown.stream().mapToInt(s -> s.fields().size()).sum());
        for (String problem : HtmlSafety.problems(html, allowedTags)) {
            problems.add(renderer + ": " + problem);
        }
    }

    private void count(String renderer, int combinations) {
        fieldsPerRenderer.merge(renderer, combinations, Integer::sum);
    }

    private List<Stored> all() {
        return stored;
    }

    /**
     * The text as stored: the services trim surrounding whitespace and control characters, and a long-text column
     * keeps a lone surrogate half (not valid UTF-16) as '?'; neither changes what a renderer must escape.
     */
    private static boolean sameText(String expected, String actual) {
        String lone = expected.replaceAll("[\\x{D800}-\\x{DFFF}]", "?");
        return expected.equals(actual) || expected.trim().equals(actual) || lone.equals(actual)
                || lone.trim().equals(actual);
    }

    private static String expectedText(String payload, String field) {
        int max = switch (field) {
            case "entry.name", "group.name", "council.name" -> SolutionValidator.NAME_MAX;
            case "entry.description" -> SolutionValidator.DESCRIPTION_MAX;
            case "entry.reuse.contact" -> SolutionValidator.CONTACT_MAX;
            case "entry.reuse.adopterNeeds" -> SolutionValidator.ADOPTER_NEEDS_MAX;
            case "group.aim" -> WorkingGroupValidator.AIM_MAX;
            case "joinRequest.message" -> WorkingGroupValidator.MESSAGE_MAX;
            case "statusReport.text" -> WorkingGroupValidator.REPORT_TEXT_MAX;
            default -> Integer.MAX_VALUE;
        };
        return fit(payload, max);
    }

    private int index(Stored s) {
        return stored.indexOf(s);
    }

    private static String fit(String payload, int max) {
        return XssPayloads.fit(payload, max);
    }

    private static com.atlassian.confluence.content.render.xhtml.ConversionContext context(String mode) {
        return "pdf".equals(mode) ? TestConversionContext.pdf() : TestConversionContext.display();
    }

    private static String excerpt(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
