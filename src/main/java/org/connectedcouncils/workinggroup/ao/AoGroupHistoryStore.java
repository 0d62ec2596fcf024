package org.connectedcouncils.workinggroup.ao;

import static org.connectedcouncils.workinggroup.ao.GroupRows.code;
import static org.connectedcouncils.workinggroup.ao.GroupRows.id;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.service.GroupHistoryStore;

/** {@link GroupHistoryStore} on Active Objects: one row a line, read newest first by the indexed group and time. */
public final class AoGroupHistoryStore implements GroupHistoryStore {

    private final ActiveObjects ao;

    public AoGroupHistoryStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(GroupHistoryEntry e) {
        Map<String, Object> values = new HashMap<>();
        values.put(AoGroupHistory.GROUP_ID, id(e.group()));
        values.put(AoGroupHistory.HAPPENED_AT, Date.from(e.at()));
        values.put(AoGroupHistory.WHAT, e.what().code());
        if (e.actorKey() != null) {
            values.put(AoGroupHistory.ACTOR_KEY, e.actorKey());
        }
        if (e.council() != null) {
            values.put(AoGroupHistory.COUNCIL_CODE, e.council().value());
        }
        if (e.detail() != null) {
            values.put(AoGroupHistory.DETAIL, e.detail());
        }
        ao.create(AoGroupHistory.class, values);
    }

    @Override
    public Page<GroupHistoryEntry> history(WorkingGroupKey key, Set<GroupHistoryEntry.What> hidden,
            PageRequest page) {
        String where = AoGroupHistory.GROUP_ID + " = ?";
        List<Object> params = new ArrayList<>(List.of(id(key)));
        if (!hidden.isEmpty()) {
            where += " AND " + AoGroupHistory.WHAT + " NOT IN (" + AoSql.placeholders(hidden.size()) + ")";
            hidden.stream().map(GroupHistoryEntry.What::code).sorted().forEach(params::add);
        }
        Query q = Query.select().where(where, params.toArray())
                .order(AoGroupHistory.HAPPENED_AT + " DESC, ID DESC").limit(page.limit()).offset(page.start());
        List<GroupHistoryEntry> items = Arrays.stream(ao.find(AoGroupHistory.class, q))
                .map(AoGroupHistoryStore::toEntry).toList();
        int total = ao.count(AoGroupHistory.class, Query.select().where(where, params.toArray()));
        return new Page<>(items, page.start(), page.limit(), total);
    }

    private static GroupHistoryEntry toEntry(AoGroupHistory row) {
        return new GroupHistoryEntry(WorkingGroupKey.of(row.getGroupId()), row.getHappenedAt().toInstant(),
                row.getActorKey(), code(GroupHistoryEntry.What.class, row.getWhat()),
                row.getCouncilCode() == null ? null : CouncilCode.of(row.getCouncilCode()), row.getDetail());
    }
}
