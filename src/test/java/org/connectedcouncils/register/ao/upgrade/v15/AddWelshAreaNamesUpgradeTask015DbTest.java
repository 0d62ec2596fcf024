package org.connectedcouncils.register.ao.upgrade.v15;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.register.ao.upgrade.v1.AoServiceAreaV1;
import org.connectedcouncils.register.ao.upgrade.v1.SeedServiceAreasUpgradeTask001;
import org.connectedcouncils.testing.TestDatabase;
import org.junit.Test;

/**
 * Model version 15 on a version 1 service-area table as admins left it, on H2, PostgreSQL and MariaDB: every row keeps
 * its code, English name and retired flag; the seeded areas get their Welsh name, the renamed and added ones none.
 */
public class AddWelshAreaNamesUpgradeTask015DbTest {

    @Test
    public void upgrade_keepsEveryRow_andNamesTheSeededAreasInWelsh() {
        ActiveObjects ao = TestDatabase.fresh();
        SeedServiceAreasUpgradeTask001.seed(ao);
        AoServiceAreaV1 waste = ao.find(AoServiceAreaV1.class, Query.select().where("CODE = ?", "waste"))[0];
        waste.setName("Bins");
        waste.save();
        AoServiceAreaV1 parking = ao.find(AoServiceAreaV1.class, Query.select().where("CODE = ?", "parking"))[0];
        parking.setRetired(true);
        parking.save();
        AoServiceAreaV1 added = ao.create(AoServiceAreaV1.class, Map.of("CODE", "cemeteries", "NAME",
                "Cemeteries and crematoria"));
        added.setRetired(false);
        added.save();
        int rows = SeedServiceAreasUpgradeTask001.SEED.size() + 1;

        new AddWelshAreaNamesUpgradeTask015().upgrade(null, ao); // ModelVersion is a body-less stand-in here

        AoServiceAreaV15[] after = ao.find(AoServiceAreaV15.class, Query.select().order("CODE"));
        assertThat(after).hasSize(rows);
        assertThat(after).filteredOn(r -> SeedServiceAreasUpgradeTask001.SEED.containsKey(r.getCode())
                && !r.getCode().equals("waste")).allSatisfy(r -> {
                    assertThat(r.getName()).isEqualTo(SeedServiceAreasUpgradeTask001.SEED.get(r.getCode()));
                    assertThat(r.getNameCy()).isEqualTo(AddWelshAreaNamesUpgradeTask015.WELSH.get(r.getCode()))
                            .isNotEqualTo(r.getName());
                });
        assertThat(after).filteredOn(r -> Map.of("waste", 1, "parking", 1, "cemeteries", 1, "housing", 1)
                .containsKey(r.getCode())).extracting(AoServiceAreaV15::getCode, AoServiceAreaV15::getName,
                        AoServiceAreaV15::getNameCy, AoServiceAreaV15::isRetired)
                .containsExactly(tuple("cemeteries", "Cemeteries and crematoria", null, false),
                        tuple("housing", "Housing", "Tai", false),
                        tuple("parking", "Parking", "Parcio", true),
                        tuple("waste", "Bins", null, false));
    }

    @Test
    public void upgrade_runTwice_keepsAnAdminsWelshName() {
        ActiveObjects ao = TestDatabase.fresh();
        SeedServiceAreasUpgradeTask001.seed(ao);
        AddWelshAreaNamesUpgradeTask015.name(ao);
        AoServiceAreaV15 housing = ao.find(AoServiceAreaV15.class, Query.select().where("CODE = ?", "housing"))[0];
        housing.setNameCy("Tai a llety");
        housing.save();

        AddWelshAreaNamesUpgradeTask015.name(ao);

        assertThat(ao.find(AoServiceAreaV15.class, Query.select().where("CODE = ?", "housing"))[0].getNameCy())
                .isEqualTo("Tai a llety");
        assertThat(ao.count(AoServiceAreaV15.class, Query.select()))
                .isEqualTo(SeedServiceAreasUpgradeTask001.SEED.size());
    }

    @Test
    public void everySeededArea_hasAWelshName() {
        assertThat(AddWelshAreaNamesUpgradeTask015.WELSH.keySet())
                .containsExactlyElementsOf(SeedServiceAreasUpgradeTask001.SEED.keySet());
    }
}
