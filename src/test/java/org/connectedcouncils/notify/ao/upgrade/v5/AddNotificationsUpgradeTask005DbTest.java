package org.connectedcouncils.notify.ao.upgrade.v5;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.testing.TestDatabase;
import org.connectedcouncils.workinggroup.ao.AoMembership;
import org.junit.Test;

/** Model version 5 on a database of an older version with data: the five notify tables appear, the data stays. */
public class AddNotificationsUpgradeTask005DbTest {

    @Test
    public void upgrade_addsTheNotifyTablesAndKeepsExistingRows() {
        ActiveObjects ao = TestDatabase.freshH2();
        ao.migrate(AoMembership.class);
        ao.create(AoMembership.class, Map.of(AoMembership.GROUP_ID, 1, AoMembership.COUNCIL_CODE, "E09000012",
                AoMembership.PAIR_KEY, "1:E09000012", AoMembership.MEMBER_ROLE, "member", AoMembership.ROLE_RANK, 1,
                AoMembership.JOINED_AT, new Date()));

        new AddNotificationsUpgradeTask005().upgrade(null, ao);

        ao.create(AoWatchV5.class, Map.of("USER_KEY", "u1", "TARGET_TYPE", "service-area", "TARGET_KEY", "waste",
                "WATCH_KEY", "k1", "SINCE", new Date()));
        ao.create(AoSentMailV5.class, Map.of("CLAIM_KEY", "c1", "RECIPIENT", "u1", "SENT_AT", new Date()));
        ao.create(AoJobRunV5.class, Map.of("JOB_KEY", "notify.daily-digest"));
        ao.create(AoMailChoiceV5.class, Map.of("USER_KEY", "u1", "KIND", "entry", "CHOICE", "daily",
                "CHOICE_KEY", "entry:u1"));
        assertThat(ao.count(AoWatchV5.class, Query.select())).isEqualTo(1);
        assertThat(ao.count(AoSentMailV5.class, Query.select())).isEqualTo(1);
        assertThat(ao.count(AoJobRunV5.class, Query.select())).isEqualTo(1);
        assertThat(ao.count(AoMailChoiceV5.class, Query.select())).isEqualTo(1);
        assertThat(ao.count(AoNotificationV5.class, Query.select())).isZero();
        assertThat(ao.count(AoMembership.class, Query.select())).isEqualTo(1);
    }
}
