package org.connectedcouncils.notify.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.notify.ao.AoNotificationStore;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.testing.DemoPeople;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.NotifyWiring;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.testing.SmtpMailSender;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Contact handover: while the key contact is active, nothing; once the demo user is deactivated, the owner council's
 * editors are asked once to name a new contact, and the deactivated contact receives no nudge of any kind.
 */
public class ContactHandoverDbTest {

    private static final String CONTACT = "user-" + DemoUsers.HACKNEY_CONTACT;

    private final RegisterFixture fixture = new RegisterFixture();
    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final DemoPeople people = new DemoPeople();
    private NotifyWiring.Mail mail;
    private AoNotificationStore store;

    @Before
    public void setUp() {
        fixture.reset();
        smtp.start();
        mail = NotifyWiring.mail(fixture.db.ao(), people, new SmtpMailSender("127.0.0.1", smtp.getSmtp().getPort()),
                fixture.actor, fixture.clock);
        store = new AoNotificationStore(fixture.db.ao());
    }

    @After
    public void tearDown() {
        smtp.stop();
    }

    @Test
    public void aDeactivatedContact_theOwnersEditorsAreAskedOnceToNameANewOne() {
        fixture.actor.actAs(DemoUsers.actor(DemoUsers.BRIGHTON_EDITOR));
        Solution entry = fixture.register.publish(fixture.register.create(aSolution().named("Bin finder")
                .withKeyContact(CONTACT).build()).key());
        fixture.actor.actAs(Actor.anonymous());

        int active = mail.jobs().run(FreshnessJobs.CONTACTS);
        people.deactivate(DemoUsers.HACKNEY_CONTACT);
        int deactivated = mail.jobs().run(FreshnessJobs.CONTACTS);
        int again = mail.jobs().run(FreshnessJobs.CONTACTS);
        fixture.clock.advance(java.time.Duration.ofDays(181));
        mail.jobs().run(FreshnessJobs.CONFIRMATIONS);

        assertThat(List.of(active, deactivated, again)).containsExactly(0, 1, 0);
        assertThat(whats("user-brighton-editor")).containsExactly("confirm-due", "contact-missing");
        assertThat(whats(CONTACT)).as("a deactivated user is no one to tell").isEmpty();
        assertThat(store.page("user-brighton-editor", false, PageRequest.of(0, 25)).items().get(1).link())
                .isEqualTo("/plugins/servlet/connected-councils/solutions/" + entry.key());
    }

    private List<String> whats(String recipient) {
        List<String> out = new ArrayList<>();
        store.page(recipient, false, PageRequest.of(0, 25)).items().forEach(n -> out.add(n.what()));
        return out;
    }
}
