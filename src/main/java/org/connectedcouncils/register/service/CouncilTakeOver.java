package org.connectedcouncils.register.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Refusal.Conflict;
import org.connectedcouncils.common.domain.Refusal.NotAllowed;
import org.connectedcouncils.common.domain.Refusal.NotAuthenticated;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.Transactions;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.register.domain.RegisterPolicy;
import org.connectedcouncils.register.domain.SolutionKey;

/**
 * The successor of an ended council takes its entries over. What waits is derived from the data (entries owned by a
 * retired council whose successor is this one), not stored; each call moves up to {@link #BATCH} of them, lowest keys
 * first, in one transaction, each through the register's ownership change ({@link SolutionRegister#takeOver}).
 */
public final class CouncilTakeOver {

    /** Entries moved per call. */
    public static final int BATCH = 50;
    static final String NOTHING = "connected-councils.conflict.takeOver.nothing";
    static final String NOT_EDITOR = "connected-councils.denied.notCouncilEditor";

    /** An ended council whose entries wait for its successor, and how many. */
    public record Waiting(Council ended, int entries) {
    }

    /** What a call did: the entries moved (key order) and how many still wait for the next call. */
    public record Result(CouncilCode successor, List<SolutionKey> takenOver, int remaining) {
    }

    private final SolutionRegister register;
    private final SolutionStore store;
    private final CouncilDirectory councils;
    private final ActorProvider actors;
    private final Transactions transactions;

    public CouncilTakeOver(SolutionRegister register, SolutionStore store, CouncilDirectory councils,
            ActorProvider actors, Transactions transactions) {
        this.register = register;
        this.store = store;
        this.councils = councils;
        this.actors = actors;
        this.transactions = transactions;
    }

    /** The ended councils whose entries wait for {@code successor}; empty unless the reader may take them over. */
    public List<Waiting> waiting(CouncilCode successor) {
        return waiting(actors.current(), successor, councils, store);
    }

    /**
     * {@link #waiting(CouncilCode)} for {@code actor}: one read of the directory and one grouped count of the ended
     * councils' entries, however many councils ended.
     */
    static List<Waiting> waiting(Actor actor, CouncilCode successor, CouncilDirectory councils, SolutionStore store) {
        if (actor == null || !RegisterPolicy.canTakeOver(actor, successor, successor)) {
            return List.of();
        }
        List<Council> ended = predecessors(councils, successor);
        Map<CouncilCode, Integer> counts = store.countByOwner(ended.stream().map(Council::code).toList());
        List<Waiting> waiting = new ArrayList<>();
        for (Council council : ended) {
            int entries = counts.getOrDefault(council.code(), 0);
            if (entries > 0) {
                waiting.add(new Waiting(council, entries));
            }
        }
        return waiting;
    }

    /**
     * Moves up to {@link #BATCH} waiting entries to {@code successor}: refused unless the caller may create entries
     * for it (its editors, admins); a conflict when none wait.
     */
    public Result takeOver(CouncilCode successor) {
        Actor actor = actors.current();
        if (actor == null || actor.isAnonymous()) {
            throw new NotAuthenticated();
        }
        if (councils.find(successor).isEmpty()) {
            throw new NotFound(successor.value());
        }
        if (!RegisterPolicy.canTakeOver(actor, successor, successor)) {
            throw new NotAllowed(NOT_EDITOR);
        }
        List<SolutionKey> waiting = store.keysOwnedBy(predecessors(councils, successor).stream().map(Council::code)
                .toList());
        if (waiting.isEmpty()) {
            throw new Conflict(NOTHING);
        }
        List<SolutionKey> batch = waiting.stream().sorted().limit(BATCH).toList();
        transactions.inTransaction(() -> {
            batch.forEach(key -> register.takeOver(key, successor));
            return batch.size();
        });
        return new Result(successor, batch, waiting.size() - batch.size());
    }

    /** The retired councils naming {@code successor} (the directory is read whole: one statement). */
    private static List<Council> predecessors(CouncilDirectory councils, CouncilCode successor) {
        return councils.all().stream().filter(c -> c.retired() && successor.equals(c.successor())).toList();
    }
}
