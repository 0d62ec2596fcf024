package org.connectedcouncils.register.service;

import java.util.List;

import org.connectedcouncils.register.domain.PubliccodeSync;
import org.connectedcouncils.register.domain.SolutionKey;

/** The nightly publiccode.yml sync as the notify feature's job runs it (implemented by the register's io). */
public interface PubliccodeSyncRun {

    /** A sync of the run that failed; {@code first} when the one before it had not failed. */
    record Failure(SolutionKey key, List<PubliccodeSync.Problem> problems, boolean first) {
    }

    /** Syncs the entries due, a bounded batch, acting as the app; answers those that failed. */
    List<Failure> syncDue();
}
