package org.connectedcouncils.testing;

import java.time.Clock;

import com.atlassian.activeobjects.external.ActiveObjects;

import org.connectedcouncils.common.audit.AuditAfterCommit;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.PersonNames;
import org.connectedcouncils.council.ao.AoEditorRequestStore;
import org.connectedcouncils.council.ao.AoRoleMappings;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.council.service.EditorRequests;

/** Requests for editor rights on a test database, for the tests and the preview that render a council profile. */
public final class EditorRequestsFixture {

    private EditorRequestsFixture() {
    }

    /** The use cases over {@code ao}, auditing and telling through {@code transactions}. */
    public static EditorRequests over(ActiveObjects ao, CouncilDirectory councils, ActorProvider actor,
            AuditAfterCommit transactions, PersonNames names, Clock clock) {
        return new EditorRequests(new AoEditorRequestStore(ao), councils, new AoRoleMappings(ao), actor,
                transactions, transactions, transactions, names, clock);
    }
}
