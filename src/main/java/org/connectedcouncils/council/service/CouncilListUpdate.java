package org.connectedcouncils.council.service;

import org.connectedcouncils.common.audit.AuditTrail;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.AdminAccess;
import org.connectedcouncils.common.service.Transactions;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilListChanges;
import org.connectedcouncils.council.domain.ListedCouncil;

/**
 * "Update the council list": compares the directory with the list bundled in the installed version and, when an
 * admin applies it, adds the new councils, renames those the list names differently and retires those that ended
 * (naming their successor and the day) in one transaction, each change audited as a council saved. Entries, adoptions
 * and history of an ended council stay; it only takes no new entries.
 */
public final class CouncilListUpdate {

    public static final String OTHER_LIST = "connected-councils.council.list.otherVersion";

    private final CouncilDirectory councils;
    private final CouncilListSource source;
    private final ActorProvider actors;
    private final Transactions transactions;
    private final CouncilEdits edits;

    public CouncilListUpdate(CouncilDirectory councils, CouncilListSource source, ActorProvider actors,
            Transactions transactions, AuditTrail audit) {
        this.councils = councils;
        this.source = source;
        this.actors = actors;
        this.transactions = transactions;
        this.edits = new CouncilEdits(councils, audit);
    }

    /** What applying the bundled list would change; admins only. */
    public CouncilListChanges changes() {
        AdminAccess.require(actors);
        return compare();
    }

    /**
     * Applies the bundled list, provided it is the {@code version} the admin reviewed; answers what changed. All
     * changes are written in one transaction, or none.
     */
    public CouncilListChanges apply(String version) {
        Actor actor = AdminAccess.require(actors);
        CouncilListChanges changes = compare();
        if (!changes.version().equals(version)) {
            throw new Refusal.Conflict(OTHER_LIST);
        }
        transactions.inTransaction(() -> {
            for (ListedCouncil listed : changes.added()) {
                edits.save(listed.toCouncil(), actor);
            }
            for (CouncilListChanges.Renamed renamed : changes.renamed()) {
                Council held = councils.find(renamed.code()).orElseThrow();
                edits.save(new Council(held.code(), renamed.to(), held.type(), held.region(), held.retired(),
                        held.place(), held.successor(), held.ended()), actor);
            }
            for (CouncilListChanges.Ended ended : changes.ended()) {
                ListedCouncil listed = ended.listed();
                edits.save(ended.council().endedOn(listed.ended(), listed.successor()), actor);
            }
            return changes.size();
        });
        return changes;
    }

    private CouncilListChanges compare() {
        var list = source.list();
        return CouncilListChanges.between(list, councils.findAll(CouncilListChanges.codesOf(list)));
    }
}
