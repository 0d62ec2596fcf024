package org.connectedcouncils.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.servlet.http.HttpServletRequest;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import org.connectedcouncils.council.rest.CouncilResource;
import org.connectedcouncils.council.rest.EditorRequestResource;
import org.connectedcouncils.council.service.EditorRequests;
import org.connectedcouncils.profile.rest.CouncilProfileResource;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.register.io.CsvImport;
import org.connectedcouncils.register.io.SolutionCsvImport;
import org.connectedcouncils.council.io.CouncilCsvImport;
import org.connectedcouncils.council.io.RoleMappingCsvImport;
import org.connectedcouncils.council.rest.CouncilListResource;
import org.connectedcouncils.council.service.CouncilListUpdate;
import org.connectedcouncils.register.io.PubliccodeExport;
import org.connectedcouncils.register.io.PubliccodeImport;
import org.connectedcouncils.register.io.RegisterCsvExport;
import org.connectedcouncils.register.rest.AdminContactResource;
import org.connectedcouncils.register.rest.CouncilTakeOverResource;
import org.connectedcouncils.register.rest.AdminImportResource;
import org.connectedcouncils.register.rest.PubliccodeResource;
import org.connectedcouncils.register.rest.PubliccodeSyncResource;
import org.connectedcouncils.register.io.RepositorySync;
import org.connectedcouncils.admin.rest.SyncHostsResource;
import org.connectedcouncils.admin.service.SyncHostsSetting;
import org.connectedcouncils.register.rest.RegisterCsvResource;
import org.connectedcouncils.register.rest.RegisterRowsResource;
import org.connectedcouncils.register.rest.ServiceAreaResource;
import org.connectedcouncils.register.rest.SolutionResource;
import org.connectedcouncils.register.service.ContactReassignment;
import org.connectedcouncils.register.service.CouncilTakeOver;
import org.connectedcouncils.register.service.RegisterQueries;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;
import org.connectedcouncils.register.service.SolutionRegister;
import org.connectedcouncils.common.rest.BoundedJsonBodies;
import org.connectedcouncils.common.rest.JsonMappingExceptionMapper;
import org.connectedcouncils.common.rest.JsonOnlyWrites;
import org.connectedcouncils.common.rest.JsonParseExceptionMapper;
import org.connectedcouncils.common.rest.JsonProcessingExceptionMapper;
import org.connectedcouncils.common.rest.RefusalMapper;
import org.connectedcouncils.common.rest.UnexpectedExceptionMapper;
import org.connectedcouncils.common.rest.WebApplicationExceptionMapper;
import org.connectedcouncils.common.rest.WebSudoCheck;
import org.connectedcouncils.common.rest.WebSudoSessions;
import org.connectedcouncils.host.SalWebSudoSessions;
import org.connectedcouncils.admin.rest.AdministrationResource;
import org.connectedcouncils.admin.rest.PersonalDataResource;
import org.connectedcouncils.admin.service.Administration;
import org.connectedcouncils.workinggroup.rest.GroupDirectoryResource;
import org.connectedcouncils.notify.rest.NotificationResource;
import org.connectedcouncils.notify.rest.NotifyAdminResource;
import org.connectedcouncils.notify.service.Jobs;
import org.connectedcouncils.notify.service.NotificationTexts;
import org.connectedcouncils.notify.service.Notifications;
import org.connectedcouncils.notify.service.Watching;
import org.connectedcouncils.notify.rest.WatchResource;
import org.connectedcouncils.maturity.rest.MaturityAdminResource;
import org.connectedcouncils.maturity.rest.MaturityResource;
import org.connectedcouncils.maturity.service.CouncilCommitments;
import org.connectedcouncils.maturity.service.Maturity;
import org.connectedcouncils.workinggroup.rest.PortfolioResource;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries;
import org.connectedcouncils.workinggroup.rest.GroupCharterResource;
import org.connectedcouncils.workinggroup.rest.GroupHistoryHtmlResource;
import org.connectedcouncils.workinggroup.rest.GroupHistoryResource;
import org.connectedcouncils.workinggroup.rest.GroupInvitationResource;
import org.connectedcouncils.workinggroup.rest.SolutionReportResource;
import org.connectedcouncils.workinggroup.rest.WorkingGroupResource;
import org.connectedcouncils.workinggroup.service.GroupRecords;
import org.connectedcouncils.workinggroup.service.Invitations;
import org.connectedcouncils.workinggroup.service.JoinRequests;
import org.connectedcouncils.workinggroup.service.StatusReports;
import org.connectedcouncils.workinggroup.service.WorkingGroups;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.process.internal.RequestScoped;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The app's REST API on Jersey 3.1 over the JDK HTTP server, on 127.0.0.1 and a free port, under
 * {@link #BASE_PATH} as in Confluence. Resources get their services by constructor injection, as in the host; the
 * acting user comes from {@link RequestActor}. Used by the REST tests and the local preview.
 */
public final class RestServer implements AutoCloseable {

    public static final String BASE_PATH = "/rest/connected-councils/1.0";

    /** Every REST resource of the app (a test checks that none is missing). */
    public static final List<Class<?>> RESOURCES = List.of(SolutionResource.class, ServiceAreaResource.class,
            CouncilResource.class, CouncilProfileResource.class, AdministrationResource.class,
            PubliccodeResource.class, RegisterCsvResource.class, RegisterRowsResource.class, AdminImportResource.class,
            WorkingGroupResource.class, GroupInvitationResource.class, GroupCharterResource.class,
            GroupHistoryResource.class, GroupHistoryHtmlResource.class, SolutionReportResource.class,
            PortfolioResource.class, GroupDirectoryResource.class, MaturityResource.class, MaturityAdminResource.class,
            PersonalDataResource.class, WatchResource.class, NotificationResource.class, CouncilListResource.class,
            NotifyAdminResource.class, AdminContactResource.class, EditorRequestResource.class, CouncilTakeOverResource.class,
            PubliccodeSyncResource.class, SyncHostsResource.class);

    /** Every provider of the app (a test checks that none is missing). */
    public static final List<Class<?>> PROVIDERS = List.of(RefusalMapper.class,
            JsonParseExceptionMapper.class, JsonMappingExceptionMapper.class, JsonProcessingExceptionMapper.class,
            WebApplicationExceptionMapper.class, UnexpectedExceptionMapper.class, JsonOnlyWrites.class,
            BoundedJsonBodies.class, WebSudoCheck.class);

    private final HttpServer server;
    private final ExecutorService executor;

    private RestServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** The import/export services, which need storage beyond the register's own. */
    public record Io(PubliccodeImport publiccodeImport, PubliccodeExport publiccodeExport,
            RegisterCsvExport csvExport, CsvImport csvImport) {
    }

    /**
     * The application without storage for the import/export services (for tests with mocked services): only the
     * CSV export works; the publiccode and CSV-import endpoints fail as unexpected errors.
     */
    public static ResourceConfig application(SolutionRegister register, CouncilDirectory councils,
            ServiceAreaCatalogue serviceAreas, Messages messages, RequestActor actor) {
        return application(register, councils, serviceAreas, null, messages, actor, new Io(
                new PubliccodeImport(register, null, null), new PubliccodeExport(register, null),
                new RegisterCsvExport(register), new CsvImport(new SolutionCsvImport(register, actor, null),
                        new CouncilCsvImport(councils, actor, null, null),
                        new RoleMappingCsvImport(councils, null, actor, null, null), List.of())), null);
    }

    /** The application as Confluence would assemble it from our resources, providers and services. */
    public static ResourceConfig application(SolutionRegister register, CouncilDirectory councils,
            ServiceAreaCatalogue serviceAreas, Administration administration, Messages messages,
            RequestActor actor, Io io, WorkingGroupWiring.Services groups) {
        ResourceConfig config = new ResourceConfig();
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        RESOURCES.forEach(config::register);
        PROVIDERS.forEach(config::register);
        config.register(JacksonFeature.class);
        config.register(actor.filter());
        config.register(new HostAccessCheck(actor, messages));
        config.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(register).to(SolutionRegister.class);
                bind(councils).to(CouncilDirectory.class);
                bind(serviceAreas).to(ServiceAreaCatalogue.class);
                bind(messages).to(Messages.class);
                bind(new SalWebSudoSessions(new PreviewWebSudo(AdminPageFixture.WEBSUDO_PATH).webSudoManager()))
                        .to(WebSudoSessions.class);
                bindFactory(ServletRequestOfJersey.class).proxy(true).proxyForSameScope(false)
                        .to(HttpServletRequest.class).in(RequestScoped.class);
                if (administration != null) {
                    bind(administration).to(Administration.class);
                }
                bind(io.publiccodeImport()).to(PubliccodeImport.class);
                bind(io.publiccodeExport()).to(PubliccodeExport.class);
                bind(io.csvExport()).to(RegisterCsvExport.class);
                bind(io.csvImport()).to(CsvImport.class);
                if (groups != null) {
                    bind(groups.groups()).to(WorkingGroups.class);
                    bind(groups.joins()).to(JoinRequests.class);
                    bind(groups.invitations()).to(Invitations.class);
                    bind(groups.reports()).to(StatusReports.class);
                    bind(groups.records()).to(GroupRecords.class);
                    bind(new WorkingGroupQueries(groups.groups(), groups.reports(), register, councils, serviceAreas,
                            actor, groups.joins(), groups.invitations(), groups.records(), new DemoPeople(),
                            new LocalProjectPages()))
                            .to(WorkingGroupQueries.class);
                }
            }
        });
        return config;
    }

    /** Adds the maturity use cases the maturity resources are built with; without it only those fail. */
    public static ResourceConfig withMaturity(ResourceConfig application, Maturity maturity,
            CouncilCommitments commitments) {
        return application.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(maturity).to(Maturity.class);
                bind(commitments).to(CouncilCommitments.class);
            }
        });
    }

    /**
     * Adds what {@code GET /solutions.html} renders with: the register's read side and the macros' output (the
     * HTML rows of the register table). Without it that endpoint alone fails.
     */
    public static ResourceConfig withRegisterTable(ResourceConfig application, RegisterQueries queries,
            MacroOutput output) {
        return application.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(queries).to(RegisterQueries.class);
                bind(output).to(MacroOutput.class);
            }
        });
    }

    /** Adds the notify feature's services (watches, notifications, their texts, the jobs) to the application. */
    public static ResourceConfig withNotify(ResourceConfig application, NotifyWiring.Services notify,
            NotificationTexts texts, Jobs jobs) {
        return application.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(notify.watching()).to(Watching.class);
                bind(notify.notifications()).to(Notifications.class);
                bind(texts).to(NotificationTexts.class);
                bind(jobs).to(Jobs.class);
            }
        });
    }

    /** Adds the register's admin handover of key contacts; without it only {@code /admin/contacts} fails. */
    public static ResourceConfig withContacts(ResourceConfig application, ContactReassignment contacts) {
        return application.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(contacts).to(ContactReassignment.class);
            }
        });
    }

    /** Adds the successor's take-over of an ended council's entries; without it only its operation fails. */
    public static ResourceConfig withTakeOver(ResourceConfig application, CouncilTakeOver takeOver) {
        return application.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(takeOver).to(CouncilTakeOver.class);
            }
        });
    }

    /** Adds the publiccode.yml sync and the admin's list of hosts it may reach on internal addresses. */
    public static ResourceConfig withSync(ResourceConfig application, RepositorySync sync, SyncHostsSetting hosts) {
        return application.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(sync).to(RepositorySync.class);
                bind(hosts).to(SyncHostsSetting.class);
            }
        });
    }

    /** Adds the council feature's admin services: updating the directory from the bundled council list. */
    public static ResourceConfig withCouncilServices(ResourceConfig application, CouncilListUpdate listUpdate) {
        return application.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(listUpdate).to(CouncilListUpdate.class);
            }
        });
    }

    /** Adds the council feature's requests for editor rights; without it only those endpoints fail. */
    public static ResourceConfig withEditorRequests(ResourceConfig application, EditorRequests requests) {
        return application.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(requests).to(EditorRequests.class);
            }
        });
    }

    /** Starts the application on a free loopback port. */
    public static RestServer start(ResourceConfig application) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext(BASE_PATH, ContainerFactory.createContainer(HttpHandler.class, application));
            ExecutorService executor = Executors.newFixedThreadPool(4);
            server.setExecutor(executor);
            server.start();
            return new RestServer(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the REST server", e);
        }
    }

    /** The server, for adding more contexts (static files of the preview). */
    public HttpServer httpServer() {
        return server;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI origin() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The absolute URI of a path below the REST base, e.g. {@code solutions?phase=beta}. */
    public URI uri(String relative) {
        return origin().resolve(BASE_PATH + "/" + relative);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
