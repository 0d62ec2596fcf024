package org.connectedcouncils.register.page;

import java.util.Map;

/**
 * The names a page of History shows instead of codes: people's display names by user key and councils' names by
 * code, each read once for the page (a key or code without a name is shown as it is).
 */
record HistoryNames(Map<String, String> people, Map<String, String> councils) {

    static final HistoryNames NONE = new HistoryNames(Map.of(), Map.of());

    String person(String userKey) {
        return userKey == null ? "" : people.getOrDefault(userKey, userKey);
    }

    String council(String code) {
        return code == null ? null : councils.getOrDefault(code, code);
    }
}
