package org.connectedcouncils.common.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.connectedcouncils.common.domain.DomainEvent;
import org.connectedcouncils.common.service.DomainEventSubscriber;
import org.connectedcouncils.common.service.DomainEvents;
import org.connectedcouncils.common.service.Transactions;

/**
 * The app's audit trail, domain events and transactions in one: a record made or an event published inside a
 * transaction is held until that transaction has committed and only then written or told, so work that is rolled
 * back leaves no record and tells no one. Outside a transaction both happen at once; a nested transaction's wait
 * for the outermost one. A subscriber that fails is logged and does not undo the committed write.
 */
public final class AuditAfterCommit implements AuditTrail, Transactions, DomainEvents {

    private static final Logger LOG = LoggerFactory.getLogger(AuditAfterCommit.class);

    private final Transactions transactions;
    private final AuditTrail audit;
    private final List<DomainEventSubscriber> subscribers;
    private final ThreadLocal<List<Runnable>> pending = new ThreadLocal<>();

    public AuditAfterCommit(Transactions transactions, AuditTrail audit, List<DomainEventSubscriber> subscribers) {
        this.transactions = transactions;
        this.audit = audit;
        this.subscribers = new CopyOnWriteArrayList<>(subscribers);
    }

    /** Adds a subscriber after construction (hand-wired tests and the preview; Spring passes them all at once). */
    public void subscribe(DomainEventSubscriber subscriber) {
        subscribers.add(subscriber);
    }

    @Override
    public void record(AuditRecord record) {
        afterCommit(() -> audit.record(record));
    }

    @Override
    public void publish(DomainEvent event) {
        afterCommit(() -> subscribers.forEach(s -> tell(s, event)));
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (pending.get() != null) {
            return transactions.inTransaction(work);
        }
        List<Runnable> held = new ArrayList<>();
        pending.set(held);
        T result;
        try {
            result = transactions.inTransaction(work);
        } finally {
            pending.remove();
        }
        held.forEach(Runnable::run);
        return result;
    }

    private void afterCommit(Runnable work) {
        List<Runnable> held = pending.get();
        if (held == null) {
            work.run();
        } else {
            held.add(work);
        }
    }

    private static void tell(DomainEventSubscriber subscriber, DomainEvent event) {
        try {
            subscriber.on(event);
        } catch (RuntimeException e) {
            LOG.warn("A subscriber failed on {}; the change itself is saved", event.getClass().getSimpleName(), e);
        }
    }
}
