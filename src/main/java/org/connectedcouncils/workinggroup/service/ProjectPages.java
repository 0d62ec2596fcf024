package org.connectedcouncils.workinggroup.service;

import java.util.List;

import org.connectedcouncils.workinggroup.domain.SpaceChoice;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;

/** Makes a group's project page in Confluence; implemented in {@code host/} and by a local stand-in in tests. */
public interface ProjectPages {

    /**
     * Creates the project page of {@code group} in the space as the current user and returns its page id. The page
     * shows the group through the {@code cc-working-group} macro with the group's key.
     *
     * @throws org.connectedcouncils.common.domain.ValidationException when the space does not exist
     *         ({@code spaceKey}) or already has a page with the group's name ({@code name})
     * @throws org.connectedcouncils.common.domain.Refusal.NotAllowed when the user may not create
     *         pages in that space
     */
    long create(String spaceKey, WorkingGroup group);

    /**
     * The current spaces the current user may create pages in, at most {@code limit} of them, ordered by name (empty
     * for an anonymous reader); the lead picks one for the project page instead of typing its key.
     */
    List<SpaceChoice> creatableSpaces(int limit);
}
