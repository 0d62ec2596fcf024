package org.connectedcouncils.testing;

import java.util.List;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.connectedcouncils.council.ao.AoEditorRequestStore;
import org.connectedcouncils.council.ao.AoRoleMappings;
import org.connectedcouncils.council.service.EditorRequests;
import org.connectedcouncils.maturity.ao.AoCommitmentStore;
import org.connectedcouncils.maturity.ao.AoMaturityStore;
import org.connectedcouncils.maturity.io.AssessmentCsvImport;
import org.connectedcouncils.maturity.io.CommitmentCsvImport;
import org.connectedcouncils.maturity.io.LeadCsvImport;
import org.connectedcouncils.maturity.service.CouncilCommitments;
import org.connectedcouncils.maturity.service.Maturity;
import org.connectedcouncils.maturity.service.MaturityImports;
import org.connectedcouncils.register.service.ContactReassignment;
import org.connectedcouncils.register.service.CouncilTakeOver;
import org.connectedcouncils.register.ao.AoPubliccodeExtraStore;
import org.connectedcouncils.register.io.CsvImport;
import org.connectedcouncils.register.io.SolutionCsvImport;
import org.connectedcouncils.council.domain.CouncilList;
import org.connectedcouncils.council.io.BundledCouncilList;
import org.connectedcouncils.council.io.CouncilCsvImport;
import org.connectedcouncils.council.io.RoleMappingCsvImport;
import org.connectedcouncils.council.service.CouncilListUpdate;
import org.connectedcouncils.register.io.PubliccodeExport;
import org.connectedcouncils.register.io.PubliccodeImport;
import org.connectedcouncils.register.io.RegisterCsvExport;
import org.connectedcouncils.register.service.DefaultSolutionRegister;
import org.connectedcouncils.register.service.RegisterQueries;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.admin.ao.AoSettingsStore;
import org.connectedcouncils.admin.service.Administration;
import org.connectedcouncils.admin.service.PersonalDataErasure;
import org.connectedcouncils.notify.ao.AoNotifyPersonalData;
import org.connectedcouncils.notify.service.NotificationTexts;
import org.connectedcouncils.register.ao.AoRegisterPersonalData;
import org.connectedcouncils.workinggroup.ao.AoWorkingGroupPersonalData;
import org.connectedcouncils.workinggroup.ao.AoWorkingGroupStore;
import org.connectedcouncils.admin.service.StoredConfirmationPolicy;
import org.connectedcouncils.admin.service.SyncHostsSetting;
import org.connectedcouncils.admin.ao.AoSyncHostsStore;
import org.connectedcouncils.register.ao.AoPubliccodeSyncStore;
import org.connectedcouncils.register.io.RepositorySync;
import org.connectedcouncils.workinggroup.service.WorkingGroupSettings;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.junit.rules.ExternalResource;
import org.mockito.Mockito;

/**
 * The REST API over HTTP on the test database: {@link RegisterFixture}'s store, directory and clock behind a
 * register that acts as the request's user and reads the staleness limit from the stored settings. Arrange through
 * {@link #data} (the fixture's own register, acting as {@code data.actor}); act through {@link #http}. Working
 * groups run on the same database with local project pages (space {@link WorkingGroupFixture#SPACE}) and an
 * adjustable funding-bid lead limit. Use it as a test class's {@code @ClassRule} (the server starts with the class
 * and is closed after it, which also fails the class when an answer was not a declared status) and
 * {@link #reset()} it before each test.
 */
public final class RestFixture extends ExternalResource implements AutoCloseable {

    public final RegisterFixture data = new RegisterFixture();
    public final RequestActor actor = new RequestActor();
    /** The request's language: English unless a call asks in Welsh ({@link HttpCalls#inWelsh()}). */
    public final RequestLocale locale = new RequestLocale();
    public final PropertiesMessages messages = new PropertiesMessages(locale::current);
    public final AoSettingsStore settings = new AoSettingsStore(data.db.ao());
    public final DefaultSolutionRegister register =
            new DefaultSolutionRegister(data.store, data.councils, data.serviceAreas, actor, data.transactions,
                    new StoredConfirmationPolicy(settings), data.transactions, data.clock);
    public final AoRoleMappings mappings = new AoRoleMappings(data.db.ao());
    public final Administration administration = new Administration(actor, data.councils, mappings,
            data.serviceAreas, settings, data.transactions, data.clock);
    public final AoPubliccodeExtraStore extras = new AoPubliccodeExtraStore(data.db.ao());
    public final Maturity maturity = new Maturity(new AoMaturityStore(data.db.ao()), data.councils,
            data.serviceAreas, register, actor, data.transactions, data.transactions, data.transactions, data.clock);
    public final CouncilCommitments commitments = new CouncilCommitments(new AoCommitmentStore(data.db.ao()),
            data.councils, new AoWorkingGroupStore(data.db.ao()), register, actor, data.transactions,
            data.transactions, data.clock);
    private final MaturityImports imports = new MaturityImports(maturity, data.councils, actor, data.transactions);
    public final RestServer.Io io = new RestServer.Io(
            new PubliccodeImport(register, extras, data.transactions),
            new PubliccodeExport(register, extras), new RegisterCsvExport(register),
            new CsvImport(
                    new SolutionCsvImport(register, actor, data.transactions),
                    new CouncilCsvImport(data.councils, actor, data.transactions, data.transactions),
                    new RoleMappingCsvImport(data.councils, mappings, actor, data.transactions, data.transactions),
                    List.of(new CommitmentCsvImport(commitments, actor),
                            new AssessmentCsvImport(imports, actor), new LeadCsvImport(imports, actor))));
    public final LocalProjectPages pages = new LocalProjectPages();
    public volatile int maxFundingBidLeads = WorkingGroupSettings.DEFAULT_MAX_FUNDING_BID_LEADS;
    public final WorkingGroupWiring.Services groups = WorkingGroupWiring.workingGroups(data.db.ao(), data.councils,
            data.serviceAreas, register, actor, pages, new LocalCouncilLocks(), () -> maxFundingBidLeads,
            data.transactions, data.clock);
    public final DemoPeople people = new DemoPeople();
    public final NotifyWiring.Services notify = NotifyWiring.notify(data.db.ao(), data.transactions, actor, people,
            register, groups.groups(), data.councils, data.serviceAreas, data.clock);
    /** The real SMTP server the admin's test e-mail and the jobs' mail go to. */
    public final GreenMail smtp = started(new GreenMail(ServerSetupTest.SMTP.dynamicPort()));
    public final NotifyWiring.Mail mail = NotifyWiring.mail(data.db.ao(), people,
            new SmtpMailSender("127.0.0.1", smtp.getSmtp().getPort()), actor, data.clock);
    public final PersonalDataErasure erasure = new PersonalDataErasure(actor,
            List.of(new AoRegisterPersonalData(data.db.ao()), new AoWorkingGroupPersonalData(data.db.ao()),
                    new AoNotifyPersonalData(data.db.ao())),
            data.transactions, data.transactions);
    public final DeclaredStatusCheck statuses = new DeclaredStatusCheck();
    /** The council list the update screen compares with; a test may put another list here. */
    public volatile CouncilList councilList = BundledCouncilList.bundled();
    public final CouncilListUpdate councilListUpdate = new CouncilListUpdate(data.councils, () -> councilList, actor,
            data.transactions, data.transactions);
    public final ContactReassignment contacts = new ContactReassignment(data.store, actor, data.transactions, people,
            data.clock);
    public final CouncilTakeOver takeOver = new CouncilTakeOver(register, data.store, data.councils, actor,
            data.transactions);
    public final EditorRequests editorRequests = new EditorRequests(new AoEditorRequestStore(data.db.ao()),
            data.councils, mappings, actor, data.transactions, data.transactions, data.transactions, people,
            data.clock);
    /** The sync's store and service; 127.0.0.1 is not allowed, so a sync to it is refused without any network. */
    public final AoPubliccodeSyncStore syncStore = new AoPubliccodeSyncStore(data.db.ao());
    public final SyncHostsSetting syncHosts = new SyncHostsSetting(new AoSyncHostsStore(data.db.ao()), actor,
            data.transactions);
    public final RepositorySync sync = new RepositorySync(register, io.publiccodeImport(), syncStore, syncHosts,
            actor, data.clock);
    public final RestServer server = RestServer.start(RestServer.withSync(RestServer.withEditorRequests(RestServer.withTakeOver(RestServer.withContacts(
            RestServer.withCouncilServices(
            RestServer.withMaturity(
            RestServer.withNotify(RestServer.withRegisterTable(
            RestServer.application(register, data.councils, data.serviceAreas, administration, messages, actor, io,
                    groups),
            new RegisterQueries(register, data.store, data.councils, data.serviceAreas, actor),
            new MacroOutput(new VelocityTemplateRenderer().templateRenderer(), Mockito.mock(PageBuilderService.class),
                    messages)), notify, new NotificationTexts(messages, people, data.serviceAreas), mail.jobs())
            .register(statuses).register(locale.filter()).register(new AbstractBinder() {
                @Override
                protected void configure() {
                    bind(erasure).to(PersonalDataErasure.class);
                }
            }), maturity, commitments), councilListUpdate), contacts), takeOver), editorRequests), sync, syncHosts));
    public final HttpCalls http = new HttpCalls(server);

    public RestFixture reset() {
        data.reset();
        pages.clear();
        pages.addSpace(WorkingGroupFixture.SPACE);
        maxFundingBidLeads = WorkingGroupSettings.DEFAULT_MAX_FUNDING_BID_LEADS;
        return this;
    }

    private static GreenMail started(GreenMail server) {
        server.start();
        return server;
    }

    /** As a {@code @ClassRule}: closes the fixture after the test class. */
    @Override
    protected void after() {
        close();
    }

    /** Stops the server; fails when a resource method answered with a status it does not declare. */
    @Override
    public void close() {
        server.close();
        smtp.stop();
        if (!statuses.undeclared().isEmpty()) {
            throw new AssertionError("Statuses missing from @ResponseStatuses (and the OpenAPI description): "
                    + statuses.undeclared());
        }
    }
}
