package org.connectedcouncils.notify.ao;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.notify.domain.Watch;
import org.connectedcouncils.notify.domain.WatchTarget;
import org.connectedcouncils.notify.service.WatchStore;

/** {@link WatchStore} on Active Objects; the unique watch key makes a concurrent second watch a no-op. */
public final class AoWatchStore implements WatchStore {

    private final ActiveObjects ao;

    public AoWatchStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean watch(String userKey, WatchTarget target, Instant at) {
        return AoSql.unlessDuplicate(() -> ao.executeInTransaction(() -> {
            if (ao.count(AoWatch.class, Query.select().where(AoWatch.WATCH_KEY + " = ?", key(userKey, target))) > 0) {
                return false;
            }
            ao.create(AoWatch.class, Map.of(AoWatch.USER_KEY, userKey, AoWatch.TARGET_TYPE, target.type().code(),
                    AoWatch.TARGET_KEY, target.key(), AoWatch.WATCH_KEY, key(userKey, target),
                    AoWatch.SINCE, Date.from(at)));
            return true;
        }));
    }

    @Override
    public boolean unwatch(String userKey, WatchTarget target) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(AoWatch.class, AoWatch.WATCH_KEY + " = ?",
                key(userKey, target)) > 0);
    }

    @Override
    public Set<WatchTarget> watched(String userKey, Collection<WatchTarget> targets) {
        Set<WatchTarget> found = new HashSet<>();
        if (targets.isEmpty()) {
            return found;
        }
        Map<String, WatchTarget> byKey = new LinkedHashMap<>();
        targets.forEach(t -> byKey.put(key(userKey, t), t));
        for (List<String> keys : AoSql.inLists(byKey.keySet())) {
            for (AoWatch row : ao.find(AoWatch.class, Query.select().where(AoWatch.WATCH_KEY + " IN ("
                    + AoSql.placeholders(keys.size()) + ")", keys.toArray()))) {
                found.add(byKey.get(row.getWatchKey()));
            }
        }
        return found;
    }

    @Override
    public Page<Watch> watches(String userKey, PageRequest page) {
        int total = ao.count(AoWatch.class, Query.select().where(AoWatch.USER_KEY + " = ?", userKey));
        List<Watch> items = new ArrayList<>();
        for (AoWatch row : ao.find(AoWatch.class, Query.select().where(AoWatch.USER_KEY + " = ?", userKey)
                .order("ID DESC").offset(page.start()).limit(page.limit()))) {
            items.add(new Watch(userKey, target(row), row.getSince().toInstant()));
        }
        return new Page<>(items, page.start(), page.limit(), total);
    }

    @Override
    public int count(String userKey) {
        return ao.count(AoWatch.class, Query.select().where(AoWatch.USER_KEY + " = ?", userKey));
    }

    @Override
    public Map<String, List<WatchTarget>> watchers(Collection<WatchTarget> targets) {
        Map<String, List<WatchTarget>> out = new LinkedHashMap<>();
        if (targets.isEmpty()) {
            return out;
        }
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (WatchTarget t : targets) {
            clauses.add("(" + AoWatch.TARGET_TYPE + " = ? AND " + AoWatch.TARGET_KEY + " = ?)");
            params.add(t.type().code());
            params.add(t.key());
        }
        for (AoWatch row : ao.find(AoWatch.class, Query.select().where(String.join(" OR ", clauses),
                params.toArray()).order("ID"))) {
            out.computeIfAbsent(row.getUserKey(), k -> new ArrayList<>()).add(target(row));
        }
        return out;
    }

    private static WatchTarget target(AoWatch row) {
        return new WatchTarget(Coded.fromCode(WatchTarget.Type.class, row.getTargetType()).orElseThrow(),
                row.getTargetKey());
    }

    private static String key(String userKey, WatchTarget target) {
        return ClaimKeys.hash(target.type().code(), target.key(), userKey);
    }
}
