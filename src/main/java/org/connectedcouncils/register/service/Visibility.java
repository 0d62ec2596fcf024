package org.connectedcouncils.register.service;

import java.util.Set;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Actor;

/**
 * Which entries a list may return: all of them for admins; otherwise published ones plus the drafts of the
 * councils the reader edits for and those naming the reader as key contact.
 */
public record Visibility(boolean everything, Set<CouncilCode> draftCouncils, String contactUserKey) {

    public Visibility {
        draftCouncils = Set.copyOf(draftCouncils);
    }

    public static Visibility of(Actor actor) {
        return new Visibility(actor.admin(), actor.editorOf(), actor.userKey());
    }
}
