package org.connectedcouncils.council.service;

import java.util.Optional;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.council.domain.EditorRequest;

/** Storage of requests for editor rights; one pending request per person and council, held by the database. */
public interface EditorRequestStore {

    /** The refusal reason of a second pending request by the same person for the same council. */
    String PENDING = "connected-councils.council.editorRights.pendingAlready";
    /** The refusal reason of a decision on a request decided meanwhile. */
    String DECIDED = "connected-councils.council.editorRights.decidedAlready";

    /** Stores a pending request; a Conflict when the person has one pending for the council already. */
    EditorRequest create(EditorRequest request);

    /** The request with this id, when it is one of {@code council}'s. */
    Optional<EditorRequest> find(CouncilCode council, long id);

    /** Records the decision; a Conflict when the request is no longer pending (decided meanwhile). */
    EditorRequest decide(EditorRequest decided);

    /** The council's pending requests, oldest first, paged. */
    Page<EditorRequest> pending(CouncilCode council, PageRequest page);

    /** The person's latest request for the council, whatever its state. */
    Optional<EditorRequest> latest(CouncilCode council, String userKey);
}
