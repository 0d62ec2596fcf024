package org.connectedcouncils.notify.ao;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.notify.domain.JobRun;
import org.connectedcouncils.notify.service.JobRunStore;

/** {@link JobRunStore} on Active Objects: one row per job, created on its first run. */
public final class AoJobRunStore implements JobRunStore {

    private final ActiveObjects ao;

    public AoJobRunStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void started(String jobKey, Instant at) {
        update(jobKey, row -> row.setLastStart(Date.from(at)));
    }

    @Override
    public void finished(String jobKey, Instant at, int sent) {
        update(jobKey, row -> {
            row.setLastEnd(Date.from(at));
            row.setLastOutcome("success");
            row.setLastSent(sent);
        });
    }

    @Override
    public void failed(String jobKey, Instant at, String failure) {
        update(jobKey, row -> {
            row.setLastEnd(Date.from(at));
            row.setLastOutcome("failed");
            row.setLastSent(0);
            row.setLastFailure(failure);
            row.setLastFailureAt(Date.from(at));
        });
    }

    @Override
    public Map<String, JobRun> all() {
        Map<String, JobRun> out = new LinkedHashMap<>();
        for (AoJobRun row : ao.find(AoJobRun.class, Query.select().order(AoJobRun.JOB_KEY).limit(1000))) {
            out.put(row.getJobKey(), new JobRun(row.getJobKey(), instant(row.getLastStart()),
                    instant(row.getLastEnd()), row.getLastOutcome(), row.getLastSent(), row.getLastFailure(),
                    instant(row.getLastFailureAt())));
        }
        return out;
    }

    private void update(String jobKey, Consumer<AoJobRun> change) {
        try {
            write(jobKey, change);
        } catch (RuntimeException e) {
            if (!AoSql.isUniqueViolation(e)) {
                throw e;
            }
            write(jobKey, change); // another node created the row at the same moment: it exists now
        }
    }

    private void write(String jobKey, Consumer<AoJobRun> change) {
        ao.executeInTransaction(() -> {
            AoJobRun[] found = ao.find(AoJobRun.class, Query.select().where(AoJobRun.JOB_KEY + " = ?", jobKey));
            AoJobRun row = found.length > 0 ? found[0]
                    : ao.create(AoJobRun.class, Map.of(AoJobRun.JOB_KEY, jobKey, AoJobRun.LAST_SENT, 0));
            change.accept(row);
            row.save();
            return null;
        });
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
