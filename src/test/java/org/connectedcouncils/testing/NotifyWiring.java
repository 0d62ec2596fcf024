package org.connectedcouncils.testing;

import java.time.Clock;
import java.util.List;

import com.atlassian.activeobjects.external.ActiveObjects;

import org.connectedcouncils.admin.ao.AoSettingsStore;
import org.connectedcouncils.admin.service.StoredConfirmationPolicy;
import org.connectedcouncils.common.audit.AuditAfterCommit;
import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.council.ao.AoCouncilDirectory;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.notify.ao.AoJobRunStore;
import org.connectedcouncils.notify.ao.AoNotificationStore;
import org.connectedcouncils.notify.ao.AoWatchStore;
import org.connectedcouncils.notify.service.AppAddress;
import org.connectedcouncils.notify.service.AdoptionNudges;
import org.connectedcouncils.notify.service.ConfirmationNudges;
import org.connectedcouncils.notify.service.ContactHandover;
import org.connectedcouncils.notify.service.DigestJobs;
import org.connectedcouncils.notify.service.FreshnessJobs;
import org.connectedcouncils.notify.service.FreshnessRecipients;
import org.connectedcouncils.notify.service.Jobs;
import org.connectedcouncils.notify.service.MailBodies;
import org.connectedcouncils.notify.service.MailDelivery;
import org.connectedcouncils.notify.service.MailSender;
import org.connectedcouncils.notify.service.NotificationFanOut;
import org.connectedcouncils.notify.service.NotificationTexts;
import org.connectedcouncils.notify.service.Notifications;
import org.connectedcouncils.notify.service.People;
import org.connectedcouncils.notify.service.Watching;
import org.connectedcouncils.register.ao.AoServiceAreaCatalogue;
import org.connectedcouncils.register.ao.AoSolutionStore;
import org.connectedcouncils.register.service.RegisterFreshness;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;
import org.connectedcouncils.register.service.SolutionRegister;
import org.connectedcouncils.workinggroup.service.WorkingGroups;

/** The notify feature on Active Objects, wired by hand as connected-councils-beans.xml wires it. */
public final class NotifyWiring {

    /** The stores and use cases of notify. */
    public record Services(AoWatchStore watchStore, AoNotificationStore notificationStore, Watching watching,
            Notifications notifications, NotificationFanOut fanOut) {
    }

    /** The mail side of notify on {@code ao}: texts, bodies, delivery and the jobs, sending through {@code sender}. */
    public record Mail(NotificationTexts texts, MailDelivery delivery, Jobs jobs) {
    }

    /** Wires notify's mail and jobs on {@code ao} (a separate instance shares nothing but the database). */
    public static Mail mail(ActiveObjects ao, People people, MailSender sender, ActorProvider actor, Clock clock) {
        return mail(ao, people, sender, actor, () -> "http://wiki.example", clock);
    }

    /** As {@link #mail(ActiveObjects, People, MailSender, ActorProvider, Clock)}, linking to {@code site}. */
    public static Mail mail(ActiveObjects ao, People people, MailSender sender, ActorProvider actor, AppAddress site,
            Clock clock) {
        return mail(ao, people, sender, actor, site, clock, new PropertiesMessages());
    }

    /** As above, with texts in the language {@code messages} gives (the preview's follow the request). */
    public static Mail mail(ActiveObjects ao, People people, MailSender sender, ActorProvider actor, AppAddress site,
            Clock clock, Messages messages) {
        NotificationTexts texts = new NotificationTexts(messages, people, new AoServiceAreaCatalogue(ao));
        MailDelivery delivery = new MailDelivery(new AoNotificationStore(ao), people, new MailBodies(texts, site),
                sender, clock);
        AoNotificationStore notifications = new AoNotificationStore(ao);
        FreshnessRecipients recipients = new FreshnessRecipients(people, new DemoCouncilEditors());
        RegisterFreshness register = new RegisterFreshness(new AoSolutionStore(ao),
                new StoredConfirmationPolicy(new AoSettingsStore(ao)), clock);
        FreshnessJobs freshness = new FreshnessJobs(new ConfirmationNudges(register, recipients, notifications,
                clock), new AdoptionNudges(register, recipients, notifications, new AoCouncilDirectory(ao), clock),
                new ContactHandover(register, people, recipients, notifications, clock));
        Jobs jobs = new Jobs(List.of(freshness, new DigestJobs(delivery)), new AoJobRunStore(ao), sender, people,
                texts, actor, clock);
        return new Mail(texts, delivery, jobs);
    }

    private NotifyWiring() {
    }

    /** Wires notify and subscribes its fan-out to {@code events}. */
    public static Services notify(ActiveObjects ao, AuditAfterCommit events, ActorProvider actor, People people,
            SolutionRegister register, WorkingGroups groups, CouncilDirectory councils,
            ServiceAreaCatalogue serviceAreas, Clock clock) {
        AoWatchStore watches = new AoWatchStore(ao);
        AoNotificationStore notifications = new AoNotificationStore(ao);
        NotificationFanOut fanOut = new NotificationFanOut(watches, notifications, people, councils);
        events.subscribe(fanOut);
        return new Services(watches, notifications,
                new Watching(watches, actor, register, groups, councils, serviceAreas, clock),
                new Notifications(notifications, actor, clock), fanOut);
    }
}
