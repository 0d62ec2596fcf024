// Stand-in mirroring com.atlassian.activeobjects:activeobjects-plugin (Confluence 10.2 / platform 8); signatures only.
package com.atlassian.activeobjects.external;

import java.util.List;
import java.util.Map;

import com.atlassian.sal.api.transaction.TransactionCallback;

import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

public interface ActiveObjects {

    void migrate(Class<? extends RawEntity<?>>... entities);

    void flushAll();

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    // find(type, field, query): the rows of the query keyed by `field` instead of the primary key, the selected
    // fields loaded into each proxy (so a SELECT DISTINCT of one column yields one entity per value). Verified against
    // the AO javadoc (javadoc.io net.java.dev.activeobjects, class-use/Query.html: "EntityManager.find(Class<T> type,
    // String field, Query query) Selects all entities of the specified type which match the given Query"), which the
    // Atlassian facade mirrors with the same signature, and against net.java.ao.EntityManager 3.2.11 (signature and
    // body read with javap from the activeobjects-3.2.11 jar the tests run on: the key is pulled as the field's type).
    <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
