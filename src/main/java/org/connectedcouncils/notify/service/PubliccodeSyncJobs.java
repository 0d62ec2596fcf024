package org.connectedcouncils.notify.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.notify.domain.JobSchedule;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.PubliccodeSyncRun;
import org.connectedcouncils.register.service.RegisterFreshness;

/**
 * The nightly publiccode.yml sync, daily at 05:30 UTC once per cluster (before the freshness nudges and the 07:00
 * digest): syncs the entries that name a URL, at most 100 and 30 minutes a run (those left go first the next
 * night), and asks the owner council's editors who may see the entry to look at it when its sync starts failing
 * (once per failing streak, not every night).
 */
public final class PubliccodeSyncJobs implements JobCatalogue {

    public static final String SYNC = "freshness.publiccode-sync";
    static final String SYNC_FAILED = "sync-failed";
    private static final LocalTime SYNC_AT = LocalTime.of(5, 30);

    private final PubliccodeSyncRun sync;
    private final RegisterFreshness register;
    private final FreshnessRecipients recipients;
    private final NotificationStore store;
    private final Clock clock;

    public PubliccodeSyncJobs(PubliccodeSyncRun sync, RegisterFreshness register, FreshnessRecipients recipients,
            NotificationStore store, Clock clock) {
        this.sync = sync;
        this.register = register;
        this.recipients = recipients;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<ScheduledJob> jobs() {
        return List.of(new ScheduledJob(SYNC, JobSchedule.dailyAt(SYNC_AT), this::run));
    }

    /** Syncs the due entries; answers how many owners' teams were told of a new failure. */
    int run() {
        List<PubliccodeSyncRun.Failure> failures = sync.syncDue().stream().filter(PubliccodeSyncRun.Failure::first)
                .toList();
        if (failures.isEmpty()) {
            return 0;
        }
        Map<SolutionKey, Solution> entries = register.entries(failures.stream().map(PubliccodeSyncRun.Failure::key)
                .toList());
        Instant now = clock.instant();
        int told = 0;
        for (PubliccodeSyncRun.Failure f : failures) {
            Solution s = entries.get(f.key());
            if (s != null && tell(s, f, now)) {
                told++;
            }
        }
        return told;
    }

    private boolean tell(Solution s, PubliccodeSyncRun.Failure failure, Instant now) {
        List<Notification> out = recipients.notifications(recipients.editorsOf(s.content().ownerCouncil()),
                SYNC_FAILED, s, String.valueOf(failure.problems().size()), now);
        String claim = "nudge:" + SYNC_FAILED + ":" + s.key() + ":" + now.getEpochSecond() / 86_400;
        return store.addOnceAsChosen(claim, out, now);
    }
}
