package org.connectedcouncils.common.ao;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Rewrites one person's user key in the columns of AO tables that hold it, row by row through AO (portable to every
 * database AO supports), counting the rows per "TABLE.COLUMN".
 */
public final class UserKeyColumns {

    private final ActiveObjects ao;
    private final String userKey;
    private final String marker;
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    public UserKeyColumns(ActiveObjects ao, String userKey, String marker) {
        this.ao = ao;
        this.userKey = userKey;
        this.marker = marker;
    }

    /** Sets {@code column} to the marker in every row of {@code type} where it holds the key. */
    public <E extends RawEntity<K>, K> UserKeyColumns rewrite(Class<E> type, String table, String column,
            BiConsumer<E, String> setter) {
        E[] rows = ao.find(type, Query.select().where(column + " = ?", userKey));
        for (E row : rows) {
            setter.accept(row, marker);
            row.save();
        }
        return count(table + "." + column, rows.length);
    }

    /** Adds rows rewritten by other means (e.g. values compared in Java) under {@code place}. */
    public UserKeyColumns count(String place, int rows) {
        counts.merge(place, rows, Integer::sum);
        return this;
    }

    public Map<String, Integer> counts() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }
}
