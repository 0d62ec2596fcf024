package org.connectedcouncils.register.rest;

import java.util.List;

import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.common.rest.ErrorJson;
import org.connectedcouncils.register.domain.PubliccodeSync;

/**
 * An entry's publiccode.yml sync: the URL (null when the entry names none), when it last ran (ISO instant, null
 * until it has), its result ({@code never}, {@code unchanged}, {@code updated}, {@code failed}) and every problem
 * with its key path and line.
 */
public record PubliccodeSyncJson(String url, String lastSynced, String result, List<ErrorJson.Entry> problems) {

    static final PubliccodeSyncJson NONE = new PubliccodeSyncJson(null, null, null, List.of());

    static PubliccodeSyncJson of(PubliccodeSync sync, Messages messages) {
        return new PubliccodeSyncJson(sync.url(), sync.lastSynced() == null ? null : sync.lastSynced().toString(),
                sync.result().code(), ImportErrors.entries(sync.problems().stream().map(p -> new ImportError(p.field(),
                        p.line(), p.code(), List.<Object>copyOf(p.arguments()))).toList(), messages));
    }
}
