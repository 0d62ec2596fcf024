package org.connectedcouncils.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.macro.Macro;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import org.connectedcouncils.testing.DemoCouncilEditors;
import org.connectedcouncils.notify.ao.AoNotificationStore;
import org.connectedcouncils.notify.service.EditorRightsNotices;
import org.connectedcouncils.council.service.CouncilActors;
import org.connectedcouncils.council.service.EditorRequests;
import org.connectedcouncils.admin.ao.AoSyncHostsStore;
import org.connectedcouncils.admin.service.SyncHostsSetting;
import org.connectedcouncils.register.io.RepositorySync;
import org.connectedcouncils.register.ao.AoPubliccodeSyncStore;
import org.connectedcouncils.council.ao.AoCouncilDirectory;
import org.connectedcouncils.profile.macro.CouncilProfileMacro;
import org.connectedcouncils.register.ao.AoPubliccodeExtraStore;
import org.connectedcouncils.register.ao.AoServiceAreaCatalogue;
import org.connectedcouncils.register.ao.AoSolutionStore;
import org.connectedcouncils.common.ao.AoTransactions;
import org.connectedcouncils.common.audit.AuditAfterCommit;
import org.connectedcouncils.register.ao.upgrade.v1.SeedServiceAreasUpgradeTask001;
import org.connectedcouncils.register.ao.upgrade.v15.AddWelshAreaNamesUpgradeTask015;
import org.connectedcouncils.council.ao.upgrade.v4.SeedUkCouncilsUpgradeTask004;
import org.connectedcouncils.council.io.BundledCouncilList;
import org.connectedcouncils.council.service.CouncilListUpdate;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.service.DomainEvents;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.io.CsvImport;
import org.connectedcouncils.register.io.SolutionCsvImport;
import org.connectedcouncils.council.io.CouncilCsvImport;
import org.connectedcouncils.council.io.RoleMappingCsvImport;
import org.connectedcouncils.council.ao.AoRoleMappings;
import org.connectedcouncils.register.io.PubliccodeExport;
import org.connectedcouncils.register.io.PubliccodeImport;
import org.connectedcouncils.register.io.RegisterCsvExport;
import org.connectedcouncils.register.macro.AdoptionFiguresMacro;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.register.macro.RegisterTableMacro;
import org.connectedcouncils.register.macro.SolutionCardMacro;
import org.connectedcouncils.register.page.RegisterPages;
import org.connectedcouncils.register.service.ContactReassignment;
import org.connectedcouncils.register.service.CouncilTakeOver;
import org.connectedcouncils.register.service.DefaultSolutionRegister;
import org.connectedcouncils.register.service.RegisterQueries;
import org.connectedcouncils.common.ao.AoTransactions;
import org.connectedcouncils.admin.ao.AoSettingsStore;
import org.connectedcouncils.admin.service.Administration;
import org.connectedcouncils.admin.service.StoredConfirmationPolicy;
import org.connectedcouncils.testing.EditorRequestsFixture;
import org.connectedcouncils.testing.AdminPageFixture;
import org.connectedcouncils.testing.DemoPeople;
import org.connectedcouncils.testing.EntityManagerActiveObjects;
import org.connectedcouncils.testing.NotifyWiring;
import org.connectedcouncils.testing.LocalCouncilLocks;
import org.connectedcouncils.testing.LocalCouncilHomePages;
import org.connectedcouncils.testing.LocalProjectPages;
import org.connectedcouncils.testing.SolutionTestData;
import org.connectedcouncils.workinggroup.ao.AoLinkingGroups;
import org.connectedcouncils.workinggroup.ao.AoWorkingGroupStore;
import org.connectedcouncils.workinggroup.macro.GroupDirectoryMacro;
import org.connectedcouncils.workinggroup.macro.PortfolioMacro;
import org.connectedcouncils.workinggroup.macro.StatusReportMacro;
import org.connectedcouncils.workinggroup.macro.WorkingGroupMacro;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries;
import org.connectedcouncils.testing.MutableClock;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RecordingAuditTrail;
import org.connectedcouncils.testing.RequestActor;
import org.connectedcouncils.testing.RequestLocale;
import org.connectedcouncils.testing.RestServer;
import org.connectedcouncils.maturity.ao.AoCommitmentStore;
import org.connectedcouncils.maturity.ao.AoMaturityStore;
import org.connectedcouncils.maturity.io.AssessmentCsvImport;
import org.connectedcouncils.maturity.io.CommitmentCsvImport;
import org.connectedcouncils.maturity.io.LeadCsvImport;
import org.connectedcouncils.maturity.macro.ImpactMacro;
import org.connectedcouncils.maturity.macro.LeadersMacro;
import org.connectedcouncils.maturity.macro.MaturityMacro;
import org.connectedcouncils.maturity.macro.MaturityMapMacro;
import org.connectedcouncils.maturity.service.CouncilCommitments;
import org.connectedcouncils.maturity.service.Maturity;
import org.connectedcouncils.maturity.service.MaturityImports;
import org.connectedcouncils.notify.page.NotificationsPage;
import org.connectedcouncils.notify.service.WatchedNames;
import org.connectedcouncils.testing.SwitchableActor;
import org.connectedcouncils.testing.TestDatabase;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.connectedcouncils.testing.WorkingGroupWiring;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The local preview: the app's real services, Active Objects store, REST resources and macros on an H2 database,
 * served on 127.0.0.1 only with AUI from node_modules. The same ports as in Confluence are filled with local
 * stand-ins: demo users and the language (English or Welsh) chosen by cookies, an in-memory audit log, Velocity
 * with Confluence-like escaping.
 */
public final class PreviewServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final int loaded;
    private final PreviewMail mail;

    private PreviewServer(HttpServer server, ExecutorService executor, int loaded, PreviewMail mail) {
        this.server = server;
        this.executor = executor;
        this.loaded = loaded;
        this.mail = mail;
    }

    /**
     * Starts the preview.
     *
     * @param port the loopback port (0 picks a free one)
     * @param jdbcUrl the H2 database, e.g. a file under target/ so data survives restarts
     * @param demo whether to load the demo data into an empty register
     * @param nodeModules where npm installed AUI and jQuery
     */
    public static PreviewServer start(int port, String jdbcUrl, boolean demo, Path nodeModules) {
        ActiveObjects ao = EntityManagerActiveObjects.over(
                TestDatabase.builder(jdbcUrl, "sa", "", null).build());
        ao.migrate(TestDatabase.descriptorEntities().toArray(Class[]::new));
        SeedServiceAreasUpgradeTask001.seed(ao);
        AddWelshAreaNamesUpgradeTask015.name(ao);
        SeedUkCouncilsUpgradeTask004.seed(ao, BundledCouncilList.bundled());

        AoSolutionStore store = new AoSolutionStore(ao);
        AoCouncilDirectory councils = new AoCouncilDirectory(ao);
        AoServiceAreaCatalogue serviceAreas = new AoServiceAreaCatalogue(ao);
        RecordingAuditTrail audit = new RecordingAuditTrail();
        AoSettingsStore settings = new AoSettingsStore(ao);
        LocalProjectPages projectPages = new LocalProjectPages()
                .addSpace(DemoWorkingGroups.SPACE, "Collaboration").addSpace("DIGITAL", "Digital services");
        // the demo councils with editors have a space named after their code, whose home page holds their profile
        LocalCouncilHomePages councilHomes = new LocalCouncilHomePages()
                .withSpace(SolutionTestData.BRIGHTON, PreviewPages.COUNCIL_HOME_PAGES)
                .withSpace(SolutionTestData.HACKNEY, PreviewPages.COUNCIL_HOME_PAGES + 1);
        int loaded = demo ? loadDemoData(ao, store, councils, serviceAreas, projectPages, settings, audit)
                : 0;

        // the demo users act for the councils DemoUsers gives them and for those a user mapping (an approved request
        // for editor rights, or the admin's screen) adds, as Confluence's actor provider resolves them
        RequestActor actor = new RequestActor(new CouncilActors(new AoRoleMappings(ao), () -> null));
        RequestLocale locale = new RequestLocale();
        PropertiesMessages messages = new PropertiesMessages(locale::current);
        AuditAfterCommit audited = new AuditAfterCommit(new AoTransactions(ao), audit, List.of());
        DefaultSolutionRegister register = new DefaultSolutionRegister(store, councils, serviceAreas, actor, audited,
                new StoredConfirmationPolicy(settings), audited, Clock.systemUTC());
        RegisterQueries queries = new RegisterQueries(register, store, councils, serviceAreas, actor);
        WorkingGroupWiring.Services groups = WorkingGroupWiring.workingGroups(ao, councils, serviceAreas, register,
                actor, projectPages, new LocalCouncilLocks(), () -> settings.load().fundingBidLeadLimit(),
                audited, Clock.systemUTC());
        DemoPeople people = new DemoPeople();
        NotifyWiring.Services notify = NotifyWiring.notify(ao, audited, actor, people, register, groups.groups(),
                councils, serviceAreas, Clock.systemUTC());
        PreviewMail mail = new PreviewMail();
        // the port the server is bound to, known once it is (port 0 asks for any free one, as BrowserIT does)
        AtomicReference<HttpServer> bound = new AtomicReference<>();
        NotifyWiring.Mail mailing = NotifyWiring.mail(ao, people, mail.sender(), actor,
                () -> "http://127.0.0.1:" + bound.get().getAddress().getPort(), Clock.systemUTC(), messages);
        mail.schedule(mailing.jobs());
        PreviewPageBuilder pageBuilder = new PreviewPageBuilder();
        VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();
        MacroOutput output = new MacroOutput(renderer.templateRenderer(), pageBuilder.pageBuilderService(), messages);
        Maturity maturity = new Maturity(new AoMaturityStore(ao), councils, serviceAreas, register, actor, audited,
                audited, audited, Clock.systemUTC());
        EditorRequests editorRequests = EditorRequestsFixture.over(ao, councils, actor, audited, people,
                Clock.systemUTC());
        audited.subscribe(new EditorRightsNotices(new DemoCouncilEditors(), new AoNotificationStore(ao), councils));
        CouncilCommitments commitments = new CouncilCommitments(new AoCommitmentStore(ao), councils,
                new AoWorkingGroupStore(ao), register, actor, audited, audited, Clock.systemUTC());
        WorkingGroupQueries groupQueries = new WorkingGroupQueries(groups.groups(), groups.reports(), register,
                councils, serviceAreas, actor, groups.joins(), groups.invitations(), groups.records(),
                people, projectPages);
        Map<String, Macro> macros = Map.of(
                "cc-register", new RegisterTableMacro(queries, output),
                "cc-solution", new SolutionCardMacro(queries, output),
                "cc-council", new CouncilProfileMacro(queries, groups.invitations(), maturity, editorRequests,
                        commitments, actor, output),
                "cc-adoption-figures", new AdoptionFiguresMacro(queries, output),
                "cc-working-group", new WorkingGroupMacro(groupQueries, output),
                "cc-status-report", new StatusReportMacro(groupQueries, output, Clock.systemUTC()),
                "cc-portfolio", new PortfolioMacro(groupQueries, output),
                "cc-working-groups", new GroupDirectoryMacro(groupQueries, output),
                "cc-maturity", new MaturityMacro(maturity, output),
                "cc-maturity-map", new MaturityMapMacro(maturity, output));
        macros = new java.util.HashMap<>(macros);
        macros.put("cc-impact", new ImpactMacro(maturity, output));
        macros.put("cc-leaders", new LeadersMacro(maturity, commitments, output));

        Administration administration = AdminPageFixture.administration(ao, councils, serviceAreas, actor, audited,
                Clock.systemUTC());
        AoPubliccodeExtraStore extras = new AoPubliccodeExtraStore(ao);
        MaturityImports maturityImports = new MaturityImports(maturity, councils, actor, audited);
        RestServer.Io io = new RestServer.Io(new PubliccodeImport(register, extras, audited),
                new PubliccodeExport(register, extras), new RegisterCsvExport(register),
                new CsvImport(new SolutionCsvImport(register, actor, audited),
                        new CouncilCsvImport(councils, actor, audited, audited),
                        new RoleMappingCsvImport(councils, new AoRoleMappings(ao), actor, audited, audited),
                        List.of(new CommitmentCsvImport(commitments, actor),
                                new AssessmentCsvImport(maturityImports, actor),
                                new LeadCsvImport(maturityImports, actor))));
        PubliccodeImport previewImport = io.publiccodeImport();
        SyncHostsSetting syncHosts = new SyncHostsSetting(new AoSyncHostsStore(ao), actor, audited);
        RepositorySync sync = new RepositorySync(register, previewImport, new AoPubliccodeSyncStore(ao), syncHosts,
                actor, Clock.systemUTC());
        ResourceConfig rest = RestServer.withSync(RestServer.withEditorRequests(RestServer.withTakeOver(RestServer.withContacts(RestServer.withCouncilServices(
                RestServer.withMaturity(
                RestServer.withNotify(
                RestServer.withRegisterTable(RestServer.application(register, councils, serviceAreas, administration,
                        messages, actor, io, groups), queries, output), notify, mailing.texts(), mailing.jobs()), maturity,
                commitments),
                new CouncilListUpdate(councils, new BundledCouncilList(), actor, audited, audited)),
                new ContactReassignment(store, actor, audited, people, Clock.systemUTC())),
                new CouncilTakeOver(register, store, councils, actor, audited)), editorRequests), sync,
                syncHosts);
        rest.register(locale.filter());
        ResourceConfig pages = new ResourceConfig();
        pages.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        pages.register(JacksonFeature.class);
        pages.register(actor.filter());
        pages.register(locale.filter());
        PreviewText previewText = new PreviewText(locale::current);
        PreviewFrame frame = new PreviewFrame(renderer, actor, previewText);
        pages.register(new PreviewOutbox(mail.server(), mailing.jobs(), frame, renderer, previewText, actor));
        pages.register(new PreviewNotifications(new NotificationsPage(notify.notifications(), notify.watching(),
                mailing.texts(), output, actor, serviceAreas, new WatchedNames(councils, groups.groups(), register,
                        councilHomes)),
                pageBuilder, new WebResources(), frame, previewText));
        pages.register(new PreviewUserPort(people));
        pages.register(new PreviewPages(macros, pageBuilder, new WebResources(), renderer, actor, previewText,
                groups.groups(), councils, councilHomes, serviceAreas,
                new AdminPageFixture(administration, actor, messages),
                new RegisterPages(queries, register, councils, serviceAreas, actor, output,
                        new AoLinkingGroups(ao), people, new AoPubliccodeSyncStore(ao))));

        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            bound.set(server);
            server.createContext(RestServer.BASE_PATH, ContainerFactory.createContainer(HttpHandler.class, rest));
            server.createContext("/", ContainerFactory.createContainer(HttpHandler.class, pages));
            server.createContext("/static/aui/", StaticFiles.fromFolder("/static/aui/",
                    nodeModules.resolve("@atlassian/aui/dist/aui")));
            server.createContext("/static/jquery/", StaticFiles.fromFolder("/static/jquery/",
                    nodeModules.resolve("jquery/dist")));
            server.createContext(WebResources.DOWNLOAD, new PluginDownloads(new WebResources()));
            server.createContext("/static/preview/", StaticFiles.fromClasspath("/static/preview/", "/preview/"));
            ExecutorService executor = Executors.newFixedThreadPool(16);
            server.setExecutor(executor);
            server.start();
            return new PreviewServer(server, executor, loaded, mail);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the preview on port " + port, e);
        }
    }

    /** Loads the demo data when the register is empty, acting as each owner or lead council's editor. */
    private static int loadDemoData(ActiveObjects ao, AoSolutionStore store,
            AoCouncilDirectory councils, AoServiceAreaCatalogue serviceAreas, LocalProjectPages projectPages,
            AoSettingsStore settings, RecordingAuditTrail audit) {
        SwitchableActor loader = new SwitchableActor();
        Instant now = Clock.systemUTC().instant();
        MutableClock clock = new MutableClock(now.minus(Duration.ofDays(430)));
        DefaultSolutionRegister register = new DefaultSolutionRegister(store, councils, serviceAreas, loader, audit,
                new StoredConfirmationPolicy(settings), DomainEvents.NONE, clock);
        loader.actAs(Actor.administrator("preview-loader"));
        boolean empty = register.list(SolutionQuery.all()).page().total() == 0;
        loader.actAs(Actor.anonymous());
        if (!empty) {
            return 0;
        }
        int loaded = DemoData.load(councils, register, loader, clock, now);
        DemoLapse.load(store, new StoredConfirmationPolicy(settings), clock, now);
        WorkingGroupWiring.Services groups = WorkingGroupWiring.workingGroups(ao, councils, serviceAreas, register,
                loader, projectPages, new LocalCouncilLocks(), () -> settings.load().fundingBidLeadLimit(), clock);
        DemoWorkingGroups.load(groups, loader, clock);
        AuditAfterCommit audited = new AuditAfterCommit(new AoTransactions(ao), audit, List.of());
        DemoMaturity.load(new Maturity(new AoMaturityStore(ao), councils, serviceAreas, register, loader, audited,
                audited, audited, Clock.systemUTC()), loader, serviceAreas.activeCodes());
        return loaded;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI origin() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** How many demo entries this start loaded (0 when the database already had data or demo was off). */
    public int loaded() {
        return loaded;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        mail.close();
    }
}
