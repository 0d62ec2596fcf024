package org.connectedcouncils.maturity.ao.upgrade.v8;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.maturity.ao.upgrade.v6.AoLevelWordingV6;
import org.connectedcouncils.testing.TestDatabase;
import org.junit.Test;

/**
 * Model version 8 on a version 6 database with admins' wording, on H2, PostgreSQL and MariaDB: the Welsh column
 * appears empty, every English wording stays, and a Welsh wording can be stored beside it.
 */
public class AddWelshWordingUpgradeTask008DbTest {

    @Test
    public void upgrade_addsTheWelshColumnAndKeepsEveryEnglishWording() {
        ActiveObjects ao = TestDatabase.fresh();
        ao.migrate(AoLevelWordingV6.class);
        ao.create(AoLevelWordingV6.class, Map.of("PAIR_KEY", "waste:3", "AREA_CODE", "waste", "LEVEL_NO", 3,
                "WORDING", "Bins booked online end to end"));
        ao.create(AoLevelWordingV6.class, Map.of("PAIR_KEY", "housing:1", "AREA_CODE", "housing", "LEVEL_NO", 1,
                "WORDING", "Repairs by phone"));

        new AddWelshWordingUpgradeTask008().upgrade(null, ao); // ModelVersion is a body-less stand-in here

        AoLevelWordingV8[] rows = ao.find(AoLevelWordingV8.class, Query.select().order("PAIR_KEY"));
        assertThat(rows).extracting(AoLevelWordingV8::getPairKey).containsExactly("housing:1", "waste:3");
        assertThat(rows).extracting(AoLevelWordingV8::getWording)
                .containsExactly("Repairs by phone", "Bins booked online end to end");
        assertThat(rows).extracting(AoLevelWordingV8::getLevelNo).containsExactly(1, 3);
        assertThat(rows).extracting(AoLevelWordingV8::getWordingCy).containsOnlyNulls();
        rows[1].setWordingCy("Archebu biniau ar-lein o'r dechrau i'r diwedd");
        rows[1].save();
        assertThat(ao.find(AoLevelWordingV8.class, Query.select().where("PAIR_KEY = ?", "waste:3"))[0]
                .getWordingCy()).isEqualTo("Archebu biniau ar-lein o'r dechrau i'r diwedd");
    }
}
