package org.connectedcouncils.notify.service;

import java.util.Set;

import org.connectedcouncils.common.domain.CouncilCode;

/** Who edits for a council now, as the host resolves the admin's role mappings (users and group members). */
public interface CouncilEditors {

    /** Most editors one council's nudge goes to; a larger group is cut at this many, in the host's order. */
    int MAX = 100;

    /** The user keys of the council's editors (at most {@link #MAX}); empty for an unknown council. */
    Set<String> of(CouncilCode council);
}
