package org.connectedcouncils.common.domain;

import java.util.Set;


/**
 * The person acting, as the host resolved them: user key (null when anonymous), app-admin flag, the councils they
 * edit for, and whether they may create entries at all.
 */
public record Actor(String userKey, boolean admin, Set<CouncilCode> editorOf, boolean mayCreate) {

    private static final Actor ANONYMOUS = new Actor(null, false, Set.of(), false);

    public Actor {
        editorOf = editorOf == null ? Set.of() : Set.copyOf(editorOf);
    }

    public static Actor anonymous() {
        return ANONYMOUS;
    }

    public static Actor viewer(String userKey) {
        return new Actor(userKey, false, Set.of(), true);
    }

    public static Actor editor(String userKey, CouncilCode... councils) {
        return new Actor(userKey, false, Set.of(councils), true);
    }

    public static Actor administrator(String userKey) {
        return new Actor(userKey, true, Set.of(), true);
    }

    public boolean isAnonymous() {
        return userKey == null;
    }

    public boolean editsFor(CouncilCode council) {
        return council != null && editorOf.contains(council);
    }
}
