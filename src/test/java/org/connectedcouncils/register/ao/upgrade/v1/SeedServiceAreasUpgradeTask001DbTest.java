package org.connectedcouncils.register.ao.upgrade.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;

import org.connectedcouncils.register.ao.AoServiceAreaCatalogue;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.testing.TestDatabase;
import org.junit.Before;
import org.junit.Test;

/** The v1 task on a database in the shape it finds: empty, already seeded, or changed by an admin. */
public class SeedServiceAreasUpgradeTask001DbTest {

    private final TestDatabase db = TestDatabase.get();
    private ActiveObjects ao;

    @Before
    public void setUp() {
        db.reset();
        ao = db.ao();
    }

    @Test
    public void upgrade_seedsEveryAreaIntoAnEmptyTable() {
        SeedServiceAreasUpgradeTask001.seed(ao);

        assertThat(new AoServiceAreaCatalogue(ao).activeCodes())
                .containsExactlyInAnyOrderElementsOf(SeedServiceAreasUpgradeTask001.SEED.keySet());
    }

    @Test
    public void upgrade_runTwiceAddsNothing() {
        SeedServiceAreasUpgradeTask001.seed(ao);

        SeedServiceAreasUpgradeTask001.seed(ao);

        assertThat(ao.count(AoServiceAreaV1.class, Query.select()))
                .isEqualTo(SeedServiceAreasUpgradeTask001.SEED.size());
    }

    @Test
    public void upgrade_keepsAdminChangesAndAdditions() {
        AoServiceAreaV1 renamed = ao.create(AoServiceAreaV1.class, Map.of("CODE", "waste", "NAME", "Bins"));
        renamed.setRetired(true);
        renamed.save();
        new AoServiceAreaCatalogue(ao).add(new ServiceArea("cemeteries", "Cemeteries and crematoria", false));

        SeedServiceAreasUpgradeTask001.seed(ao);

        assertThat(new AoServiceAreaCatalogue(ao).all()).contains(new ServiceArea("waste", "Bins", true),
                new ServiceArea("cemeteries", "Cemeteries and crematoria", false));
        assertThat(ao.count(AoServiceAreaV1.class, Query.select()))
                .isEqualTo(SeedServiceAreasUpgradeTask001.SEED.size() + 1);
    }

    @Test
    public void upgrade_onAFreshDatabaseCreatesTheTable() {
        ActiveObjects fresh = TestDatabase.freshH2();

        SeedServiceAreasUpgradeTask001.seed(fresh);

        assertThat(fresh.count(AoServiceAreaV1.class, Query.select()))
                .isEqualTo(SeedServiceAreasUpgradeTask001.SEED.size());
    }
}
