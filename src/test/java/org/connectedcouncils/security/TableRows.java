package org.connectedcouncils.security;

import java.util.Map;
import java.util.TreeMap;

import net.java.ao.Query;
import net.java.ao.RawEntity;

import org.connectedcouncils.testing.TestDatabase;

/** How many rows each of the app's tables holds: compared before and after a failed write to find partial rows. */
final class TableRows {

    private TableRows() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Map<String, Integer> count(TestDatabase db) {
        db.entityManager().flushAll();
        Map<String, Integer> counts = new TreeMap<>();
        for (Class<? extends RawEntity<?>> type : TestDatabase.descriptorEntities()) {
            counts.put(type.getSimpleName(), db.ao().count((Class) type, Query.select()));
        }
        return counts;
    }
}
