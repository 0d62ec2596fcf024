package org.connectedcouncils.testing;

import java.time.Instant;
import java.util.List;

import org.connectedcouncils.common.ao.AoTransactions;
import org.connectedcouncils.common.audit.AuditAfterCommit;
import org.connectedcouncils.council.ao.AoCouncilDirectory;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.register.ao.AoServiceAreaCatalogue;
import org.connectedcouncils.register.ao.AoSolutionStore;
import org.connectedcouncils.register.ao.upgrade.v1.SeedServiceAreasUpgradeTask001;
import org.connectedcouncils.register.service.DefaultSolutionRegister;
import org.connectedcouncils.admin.domain.AppSettings;

/**
 * The register wired on the test database: real AO store, directory and taxonomy, seeded with three councils and the
 * v1 service areas, a switchable actor, a hand-moved clock (back at {@link #START} after each reset) and an
 * adjustable staleness limit. Call {@link #reset()} before each test.
 */
public final class RegisterFixture {

    public final TestDatabase db = TestDatabase.get();
    public static final Instant START = Instant.parse("2026-11-01T09:00:00Z");
    public final MutableClock clock = new MutableClock(START);
    public final SwitchableActor actor = new SwitchableActor();
    public final AoSolutionStore store = new AoSolutionStore(db.ao());
    public final AoCouncilDirectory councils = new AoCouncilDirectory(db.ao());
    public final AoServiceAreaCatalogue serviceAreas = new AoServiceAreaCatalogue(db.ao());
    public final RecordingAuditTrail audit = new RecordingAuditTrail();
    /** The audit trail and transactions the services use: {@link #audit}, written once a transaction commits. */
    public final AuditAfterCommit transactions = new AuditAfterCommit(new AoTransactions(db.ao()), audit, List.of());
    public volatile int stalenessDays = AppSettings.DEFAULTS.stalenessDays();
    public final DefaultSolutionRegister register =
            new DefaultSolutionRegister(store, councils, serviceAreas, actor, transactions, () -> stalenessDays,
                    transactions, clock);

    public RegisterFixture reset() {
        db.reset();
        audit.clear();
        clock.set(START);
        stalenessDays = AppSettings.DEFAULTS.stalenessDays();
        SeedServiceAreasUpgradeTask001.seed(db.ao());
        councils.save(Council.active("E06000043", "Brighton and Hove City Council", CouncilType.UNITARY,
                "South East"));
        councils.save(Council.active("E09000012", "London Borough of Hackney", CouncilType.LONDON_BOROUGH,
                "London"));
        councils.save(Council.active("E08000035", "Leeds City Council", CouncilType.METROPOLITAN_BOROUGH,
                "Yorkshire and The Humber"));
        return this;
    }
}
