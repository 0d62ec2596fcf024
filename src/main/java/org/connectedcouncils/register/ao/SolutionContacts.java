package org.connectedcouncils.register.ao;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.Refusal;

import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;

/**
 * Key contacts handed over in bulk: the entries naming one person, lowest keys first, each given the new contact
 * like an edit (its next version claimed, so an edit begun before is stale) with a history line, in one transaction.
 */
final class SolutionContacts {

    static final String CHANGED = "connected-councils.conflict.contactChanged";

    private final ActiveObjects ao;
    private final SolutionHistory history;

    SolutionContacts(ActiveObjects ao, SolutionHistory history) {
        this.ao = ao;
        this.history = history;
    }

    int count(String userKey) {
        return ao.count(AoSolution.class, Query.select().where(AoSolution.CONTACT_KEY + " = ?", userKey));
    }

    List<Solution> reassign(String from, String to, int limit, String actor, Instant at) {
        // A duplicate: an edit or another handover saved one of these entries a moment earlier; nothing was written.
        return AoSql.uniqueOrConflict(CHANGED, () -> write(from, to, limit, actor, at));
    }

    private List<Solution> write(String from, String to, int limit, String actor, Instant at) {
        return ao.executeInTransaction(() -> {
            AoSolution[] rows = ao.find(AoSolution.class, Query.select()
                    .where(AoSolution.CONTACT_KEY + " = ?", from).order("ID").limit(limit));
            List<Solution> before = new ArrayList<>();
            List<HistoryEntry> lines = new ArrayList<>();
            for (AoSolution row : rows) {
                before.add(SolutionRows.toSolution(row, false));
                int version = row.getEntryVersion() + 1;
                SolutionEntries.claimVersion(ao, row.getID(), version, actor, at);
                row.setContactKey(to);
                row.setEntryVersion(version);
                row.setUpdatedAt(Date.from(at));
                row.save();
                lines.add(new HistoryEntry(SolutionKey.of(row.getID()), "solution", "keyContact", from, to, actor,
                        at));
            }
            if (!lines.isEmpty()) {
                history.append(lines);
            }
            return before;
        });
    }
}
