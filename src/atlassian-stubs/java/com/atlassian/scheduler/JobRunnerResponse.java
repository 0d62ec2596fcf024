// Stand-in mirroring com.atlassian.scheduler:atlassian-scheduler-api (platform 8); signatures only.
// Source: decompiled Atlassian code and public apps found with the code search (Crowd's
// AtlassianSchedulerDirectoryPollerManager, a SAML app's hourly cleanup with @PostConstruct registerJobRunner /
// @PreDestroy unregisterJobRunner, and apps scheduling JobConfig.forJobRunnerKey(k).withRunMode(RunMode
// .RUN_ONCE_PER_CLUSTER).withSchedule(Schedule.forInterval(ms, firstRun))). [unverified: the platform 8 version]
package com.atlassian.scheduler;

public final class JobRunnerResponse {

    private JobRunnerResponse() {
    }

    public static JobRunnerResponse success() {
        return null;
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return null;
    }
}
