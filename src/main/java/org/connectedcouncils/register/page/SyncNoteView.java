package org.connectedcouncils.register.page;

import java.util.Optional;
import java.util.TreeSet;

import org.connectedcouncils.register.domain.PubliccodeSync;
import org.connectedcouncils.register.io.RepositorySync;
import org.connectedcouncils.register.macro.RegisterText;

/**
 * The editor's note while an entry syncs from a publiccode.yml: where the mapped fields come from, and their names
 * (space-separated) for publiccode-sync.js to make read-only.
 */
public record SyncNoteView(String id, String fields, String note) {

    static Optional<SyncNoteView> of(String editorId, Optional<PubliccodeSync> sync, RegisterText text) {
        return sync.map(s -> new SyncNoteView(editorId + "-sync-note",
                String.join(" ", new TreeSet<>(RepositorySync.MAPPED_FIELDS)),
                text.text("connected-councils.editor.sync.note", s.url())));
    }
}
