package org.connectedcouncils.register.rest;

import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.register.domain.HistoryEntry;

/** One line of an entry's change log; {@code subject} is {@code solution} or {@code adoption:<council code>}. */
public record HistoryEntryJson(String subject, String field, String oldValue, String newValue, String actor,
        String at) {

    static HistoryEntryJson of(HistoryEntry h) {
        return new HistoryEntryJson(h.subject(), h.field(), h.oldValue(), h.newValue(), h.actor(),
                JsonFormats.instant(h.at()));
    }
}
