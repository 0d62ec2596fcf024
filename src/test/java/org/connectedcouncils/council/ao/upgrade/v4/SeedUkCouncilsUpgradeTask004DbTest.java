package org.connectedcouncils.council.ao.upgrade.v4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Entity;
import net.java.ao.Query;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.ao.AoCouncilDirectory;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilList;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.council.io.BundledCouncilList;
import org.connectedcouncils.testing.TestDatabase;
import org.junit.Before;
import org.junit.Test;

/** The v4 task on a directory in the shape it finds: none, empty, or one an admin has filled and changed. */
public class SeedUkCouncilsUpgradeTask004DbTest {

    private static final CouncilList LIST = BundledCouncilList.bundled();

    private final TestDatabase db = TestDatabase.get();
    private ActiveObjects ao;

    /** The council table as it was before model version 4. */
    @Table("COUNCIL")
    public interface AoCouncilBeforeV4 extends Entity {

        @NotNull
        @Unique
        String getCode();
        void setCode(String code);

        @NotNull
        String getName();
        void setName(String name);

        @NotNull
        String getNameLower();
        void setNameLower(String nameLower);

        @NotNull
        String getType();
        void setType(String type);

        String getRegion();
        void setRegion(String region);

        boolean isRetired();
        void setRetired(boolean retired);
    }

    @Before
    public void setUp() {
        db.reset();
        ao = db.ao();
    }

    @Test
    public void bundledList_hasEveryCurrentUkCouncil() {
        assertThat(LIST.current()).hasSize(397);
        assertThat(LIST.councils()).hasSize(397 + 73 - 25);
        assertThat(LIST.byCode().get(CouncilCode.of("E07000026")).successor()).isEqualTo(CouncilCode.of("E06000063"));
    }

    @Test
    public void upgrade_onAnEmptyDirectorySeedsEveryCurrentCouncil() {
        int added = SeedUkCouncilsUpgradeTask004.seed(ao, LIST);

        assertThat(added).isEqualTo(397);
        assertThat(ao.count(AoCouncilV4.class, Query.select())).isEqualTo(397);
        Council city = new AoCouncilDirectory(ao).find(CouncilCode.of("E09000001")).orElseThrow();
        assertThat(city.type()).isEqualTo(CouncilType.CITY_CORPORATION);
        assertThat(city.place().nation()).isEqualTo("England");
        assertThat(city.place().country()).isEqualTo("GB");
        assertThat(city.place().hasPoint()).isTrue();
        assertThat(ao.count(AoCouncilV4.class, Query.select().where("TYPE = ?", "combined-authority"))).isEqualTo(14);
        assertThat(ao.count(AoCouncilV4.class, Query.select().where("TYPE = ?", "strategic-authority"))).isEqualTo(1);
    }

    @Test
    public void upgrade_onAnExistingDirectoryAddsOnlyMissingCodesAndKeepsTheAdminsRows() {
        old("E06000043", "Brighton & Hove (ours)", "district", "Sussex", true);
        old("NL-GM0363", "Gemeente Amsterdam", "other-european-authority", "Netherlands", false);
        old("E99999999", "A council the list never had", "unitary", "", false);

        int added = SeedUkCouncilsUpgradeTask004.seed(ao, LIST);
        int again = SeedUkCouncilsUpgradeTask004.seed(ao, LIST);

        AoCouncilDirectory directory = new AoCouncilDirectory(ao);
        assertThat(added).isEqualTo(396);
        assertThat(again).isZero();
        assertThat(ao.count(AoCouncilV4.class, Query.select())).isEqualTo(399);
        Council brighton = directory.find(CouncilCode.of("E06000043")).orElseThrow();
        assertThat(brighton.name()).isEqualTo("Brighton & Hove (ours)");
        assertThat(brighton.type()).isEqualTo(CouncilType.DISTRICT);
        assertThat(brighton.region()).isEqualTo("Sussex");
        assertThat(brighton.retired()).isTrue();
        assertThat(brighton.place().nation()).isEqualTo("England");
        assertThat(brighton.place().hasPoint()).isTrue();
        Council amsterdam = directory.find(CouncilCode.of("NL-GM0363")).orElseThrow();
        assertThat(amsterdam.name()).isEqualTo("Gemeente Amsterdam");
        assertThat(amsterdam.place().isUnknown()).isTrue();
        assertThat(directory.find(CouncilCode.of("E99999999")).orElseThrow().retired()).isFalse();
    }

    @Test
    public void upgrade_onATableOfTheOldShapeAddsTheColumnsAndKeepsTheRows() {
        ActiveObjects fresh = TestDatabase.freshH2();
        fresh.migrate(AoCouncilBeforeV4.class);
        old(fresh, "E09000012", "Hackney", "london-borough", "London", false);

        SeedUkCouncilsUpgradeTask004.seed(fresh, LIST);

        AoCouncilV4 hackney = fresh.find(AoCouncilV4.class, Query.select().where("CODE = ?", "E09000012"))[0];
        assertThat(hackney.getName()).isEqualTo("Hackney");
        assertThat(hackney.getNation()).isEqualTo("England");
        assertThat(hackney.getSuccessorCode()).isNull();
        assertThat(fresh.count(AoCouncilV4.class, Query.select())).isEqualTo(397);
    }

    private void old(String code, String name, String type, String region, boolean retired) {
        old(ao, code, name, type, region, retired);
    }

    private static void old(ActiveObjects target, String code, String name, String type, String region,
            boolean retired) {
        AoCouncilBeforeV4 row = target.create(AoCouncilBeforeV4.class, Map.of("CODE", code, "NAME", name,
                "NAME_LOWER", name.toLowerCase(java.util.Locale.ROOT), "TYPE", type));
        row.setRegion(region);
        row.setRetired(retired);
        row.save();
    }
}
