package org.connectedcouncils.notify.service;

import java.util.List;

/** A feature's scheduled jobs; the host registers every catalogue's jobs with the cluster's scheduler. */
public interface JobCatalogue {

    List<ScheduledJob> jobs();
}
