package org.connectedcouncils.workinggroup.ao;

import static org.connectedcouncils.workinggroup.ao.GroupRows.id;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Entity;
import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;

/**
 * What the invitation and join-request stores do alike on their tables, which share one shape: a row per offer
 * between a group and a council, with a state that is pending until one decision. Finding a group's row, listing a
 * group's rows and refusing a second decision are said here once.
 *
 * @param type the entity
 * @param groupId the row's group id
 * @param groupColumn the group id column
 * @param councilColumn the council code column
 * @param stateColumn the state column
 * @param timeColumn the column of when the offer was made, the list's order (newest first)
 * @param <R> the entity
 */
record OfferRows<R extends Entity>(Class<R> type, ToIntFunction<R> groupId, String groupColumn, String councilColumn,
        String stateColumn, String timeColumn) {

    /** The row {@code id} of group {@code key}; empty for an id out of range or another group's row. */
    <T> Optional<T> find(ActiveObjects ao, WorkingGroupKey key, long id, Function<R, T> map) {
        if (id < 1 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(type, (int) id))
                .filter(r -> groupId.applyAsInt(r) == id(key))
                .map(map);
    }

    /** A page of the group's rows, newest first, in {@code state} and from {@code councils} (null: any). */
    <T> Page<T> list(ActiveObjects ao, WorkingGroupKey key, String state, Collection<CouncilCode> councils,
            PageRequest page, Function<R, T> map) {
        String where = groupColumn + " = ?";
        List<Object> params = new ArrayList<>(List.of(id(key)));
        if (state != null) {
            where += " AND " + stateColumn + " = ?";
            params.add(state);
        }
        if (councils != null) {
            where += " AND " + AoSql.inAnyList(councilColumn, councils.stream().map(CouncilCode::value)
                    .distinct().sorted().toList(), params);
        }
        Query q = Query.select().where(where, params.toArray())
                .order(timeColumn + " DESC, ID DESC").limit(page.limit()).offset(page.start());
        List<T> items = Arrays.stream(ao.find(type, q)).map(map).toList();
        int total = ao.count(type, Query.select().where(where, params.toArray()));
        return new Page<>(items, page.start(), page.limit(), total);
    }

    /**
     * Refuses with {@code reason} unless the row is still in state {@code pending}. Called after a write to the row
     * in the deciding transaction: that write holds the row lock, so a concurrent decision waits for it, then finds
     * the row decided.
     */
    void refuseUnlessPending(ActiveObjects ao, int id, String pending, String reason) {
        if (ao.count(type, Query.select().where("ID = ? AND " + stateColumn + " = ?", id, pending)) == 0) {
            throw new Refusal.Conflict(reason);
        }
    }
}
