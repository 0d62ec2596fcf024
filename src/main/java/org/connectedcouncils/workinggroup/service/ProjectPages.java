package org.connectedcouncils.workinggroup.service;

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
}
