package org.connectedcouncils.workinggroup.macro;

import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;

/**
 * Addresses of the groups' project pages in Confluence: relative to the context path on screen, absolute in exports
 * (the same base as {@link SolutionPages}). A group without a project page has none.
 */
public record GroupPages(String prefix) {

    /** Confluence's page address; the page id follows. */
    public static final String PATH = SolutionPages.CONFLUENCE_PAGE_PATH;

    public static GroupPages of(SolutionPages pages) {
        return new GroupPages(pages.prefix());
    }

    /** The group's project page, or null when it has none. */
    public String href(WorkingGroup group) {
        return group.projectPageId() == null ? null : prefix + PATH + group.projectPageId();
    }
}
