package org.connectedcouncils.common.service;

import org.connectedcouncils.common.domain.DomainEvent;

/**
 * The kernel's event port: a lower feature publishes what happened; the subscribers (features above it) hear of it
 * only after the surrounding transaction has committed, so nothing is told about work that was rolled back.
 */
public interface DomainEvents {

    /** A port that tells no one: for callers wired without subscribers (tools, older tests). */
    DomainEvents NONE = event -> { };

    void publish(DomainEvent event);
}
