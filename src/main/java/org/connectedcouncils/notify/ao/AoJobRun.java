package org.connectedcouncils.notify.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The last run of one scheduled job: when it started and ended, how it went, its last failure.
 */
@Table("JOB_RUN")
public interface AoJobRun extends Entity {

    String JOB_KEY = "JOB_KEY";
    String LAST_START = "LAST_START";
    String LAST_END = "LAST_END";
    String LAST_OUTCOME = "LAST_OUTCOME";
    String LAST_SENT = "LAST_SENT";
    String LAST_FAILURE = "LAST_FAILURE";
    String LAST_FAILURE_AT = "LAST_FAILURE_AT";

    @NotNull
    @Unique
    String getJobKey();
    void setJobKey(String value);

    Date getLastStart();
    void setLastStart(Date value);

    Date getLastEnd();
    void setLastEnd(Date value);

    String getLastOutcome();
    void setLastOutcome(String value);

    int getLastSent();
    void setLastSent(int value);

    String getLastFailure();
    void setLastFailure(String value);

    Date getLastFailureAt();
    void setLastFailureAt(Date value);
}
