package org.connectedcouncils.register.ao;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.SolutionKey;

/** The history lines of register entries: appended inside the writes' transactions, read a page at a time. */
final class SolutionHistory {

    private final ActiveObjects ao;

    SolutionHistory(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Inserts the lines in one statement; call inside the write's transaction. */
    void append(Collection<HistoryEntry> lines) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (HistoryEntry h : lines) {
            Map<String, Object> row = new HashMap<>();
            row.put(AoHistory.SOLUTION_ID, (int) h.key().number());
            row.put("SUBJECT", h.subject());
            row.put("FIELD", h.field());
            row.put("OLD_VALUE", h.oldValue());
            row.put("NEW_VALUE", h.newValue());
            row.put("ACTOR", h.actor());
            row.put(AoHistory.CHANGED_AT, Date.from(h.at()));
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            ao.create(AoHistory.class, rows);
        }
    }

    /** One entry's history, newest first. */
    Page<HistoryEntry> page(SolutionKey key, PageRequest page) {
        int id = (int) key.number();
        Query q = Query.select().where(AoHistory.SOLUTION_ID + " = ?", id)
                .order(AoHistory.CHANGED_AT + " DESC, ID DESC")
                .limit(page.limit()).offset(page.start());
        List<HistoryEntry> items = Arrays.stream(ao.find(AoHistory.class, q))
                .map(h -> new HistoryEntry(key, h.getSubject(), h.getField(), h.getOldValue(), h.getNewValue(),
                        h.getActor(), h.getChangedAt().toInstant()))
                .toList();
        int total = ao.count(AoHistory.class, Query.select().where(AoHistory.SOLUTION_ID + " = ?", id));
        return new Page<>(items, page.start(), page.limit(), total);
    }
}
