package org.connectedcouncils.register.ao;

import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.service.Visibility;

/** Which register entries a reader may see, as SQL: shared by the register's own lists and the portfolio's read. */
final class EntryVisibility {

    private EntryVisibility() {
    }

    /**
     * Adds to {@code where} the condition that the reader may see the entry in the table named by {@code prefix}
     * (such as {@code "s."}): published, a draft of a council the reader edits for, or one the reader is key
     * contact of. Adds nothing for a reader who sees everything.
     */
    static void where(String prefix, Visibility visibility, List<String> where, List<Object> params) {
        if (visibility.everything()) {
            return;
        }
        List<String> visible = new ArrayList<>();
        visible.add(prefix + AoSolution.STATE + " = ?");
        params.add(EntryState.PUBLISHED.code());
        if (!visibility.draftCouncils().isEmpty()) {
            visible.add(AoSql.inAnyList(prefix + AoSolution.OWNER_CODE, visibility.draftCouncils().stream()
                    .map(CouncilCode::value).sorted().toList(), params));
        }
        if (visibility.contactUserKey() != null) {
            visible.add(prefix + AoSolution.CONTACT_KEY + " = ?");
            params.add(visibility.contactUserKey());
        }
        where.add("(" + String.join(" OR ", visible) + ")");
    }
}
