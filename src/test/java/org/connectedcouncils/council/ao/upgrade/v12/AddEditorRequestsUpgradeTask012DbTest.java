package org.connectedcouncils.council.ao.upgrade.v12;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.council.ao.upgrade.v4.AoCouncilV4;
import org.connectedcouncils.testing.TestDatabase;
import org.junit.Test;

/** Model version 12 on a directory of the shape before it: the request table appears, every council stays. */
public class AddEditorRequestsUpgradeTask012DbTest {

    @Test
    public void upgrade_addsTheRequestTableAndKeepsEveryCouncil() {
        ActiveObjects ao = TestDatabase.fresh();
        ao.migrate(AoCouncilV4.class);
        ao.create(AoCouncilV4.class, Map.of("CODE", "E06000043", "NAME", "Brighton and Hove City Council", "NAME_LOWER", "brighton and hove city council",
                "TYPE", "unitary", "RETIRED", false));

        new AddEditorRequestsUpgradeTask012().upgrade(null, ao); // ModelVersion is a body-less stand-in here

        ao.create(AoEditorRequestV12.class, Map.of("COUNCIL_CODE", "E06000043", "REQUESTER", "user-viewer",
                "PENDING_KEY", "E06000043:user-viewer", "REQUEST_STATE", "pending", "REQUESTED_AT", new Date()));
        assertThat(ao.count(AoEditorRequestV12.class, Query.select())).isEqualTo(1);
        assertThat(ao.find(AoCouncilV4.class, Query.select())).singleElement()
                .satisfies(c -> assertThat(c.getName()).isEqualTo("Brighton and Hove City Council"));
    }
}
