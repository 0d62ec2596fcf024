package org.connectedcouncils.register.service;

import java.util.List;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.SolutionKey;

/**
 * The working groups that link a register entry, for its page. Declared here because the register comes before the
 * working groups; the working-group feature answers it (a wiring without one uses {@link #NONE}).
 */
public interface LinkingGroups {

    /** A group as the entry page lists it: its key (WG-n), name, status code and project page id (nullable). */
    record LinkingGroup(String key, String name, String status, Long projectPageId) {
    }

    /** Answers that no group links anything. */
    LinkingGroups NONE = (key, page) -> new Page<>(List.of(), page.start(), page.limit(), 0);

    /** The groups linking {@code key}, by name: a page query and a count whatever the number of groups. */
    Page<LinkingGroup> linking(SolutionKey key, PageRequest page);
}
