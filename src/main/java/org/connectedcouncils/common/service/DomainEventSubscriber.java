package org.connectedcouncils.common.service;

import org.connectedcouncils.common.domain.DomainEvent;

/** A higher feature's ear on the kernel's event port; called after commit, on the publishing thread. */
public interface DomainEventSubscriber {

    void on(DomainEvent event);
}
