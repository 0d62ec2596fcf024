package org.connectedcouncils.council.rest;

import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.council.domain.EditorRequest;

/** A request for editor rights over REST (only its requester, the council's editors and admins are shown it). */
public record EditorRequestJson(long id, String council, String requester, String reason, String state,
        String requestedAt, String decidedBy, String decidedAt, String refusal) {

    public static EditorRequestJson of(EditorRequest r) {
        return new EditorRequestJson(r.id(), r.council().value(), r.requester(), r.reason(),
                JsonFormats.code(r.state()), JsonFormats.instant(r.requestedAt()), r.decidedBy(),
                r.decidedAt() == null ? null : JsonFormats.instant(r.decidedAt()), r.refusal());
    }
}
