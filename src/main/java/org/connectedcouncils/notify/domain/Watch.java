package org.connectedcouncils.notify.domain;

import java.time.Instant;

/** A person's watch on one thing, since when. */
public record Watch(String userKey, WatchTarget target, Instant since) {
}
