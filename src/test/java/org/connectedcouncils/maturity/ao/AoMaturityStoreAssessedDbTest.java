package org.connectedcouncils.maturity.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.maturity.domain.Evidence;
import org.connectedcouncils.maturity.domain.NewAssessment;
import org.connectedcouncils.testing.MaturityFixture;
import org.connectedcouncils.testing.SqlCounter;

/**
 * The heat map's assessed councils: AO's {@code find(type, field, query)} with {@code SELECT DISTINCT} of the code
 * column yields each council once, in one statement, its code read without a query per row (H2, PostgreSQL, MariaDB).
 */
public class AoMaturityStoreAssessedDbTest {

    private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
    private static final LocalDate ON = LocalDate.of(2026, 11, 1);

    private final MaturityFixture fixture = new MaturityFixture();
    private AoMaturityStore store;

    @Before
    public void setUp() {
        fixture.reset();
        store = fixture.store;
    }

    private void assess(CouncilCode council, String area, int level) {
        store.append(council, new NewAssessment(area, level, ON, "Checked", Evidence.NONE), "admin", NOW);
    }

    @Test
    public void assessedCouncils_areEachCouncilWithACurrentAssessmentOfTheAreas_once_inOneStatement() {
        for (String area : List.of("waste", "housing", "parking", "planning", "parks")) {
            assess(BRIGHTON, area, 2);
            assess(BRIGHTON, area, 3);
            assess(HACKNEY, area, 1);
        }
        assess(LEEDS, "libraries", 4);

        Set<CouncilCode> codes;
        try (SqlCounter counter = SqlCounter.on(fixture.register.db.entityManager())) {
            codes = store.assessedCouncils(List.of("waste", "housing", "parking", "planning", "parks"));
            assertThat(codes).as("ten current rows and five old ones name two councils").containsExactlyInAnyOrder(
                    BRIGHTON, HACKNEY);
            assertThat(counter.statements()).as("one SELECT DISTINCT; reading the codes asks nothing more")
                    .singleElement().satisfies(sql -> assertThat(sql).containsIgnoringCase("DISTINCT"));
        }
        assertThat(store.assessedCouncils(List.of("libraries"))).containsExactly(LEEDS);
        assertThat(store.assessedCouncils(List.of("waste", "libraries"))).containsExactlyInAnyOrder(BRIGHTON,
                HACKNEY, LEEDS);
        assertThat(store.assessedCouncils(List.of("transport"))).isEmpty();
        try (SqlCounter counter = SqlCounter.on(fixture.register.db.entityManager())) {
            assertThat(store.assessedCouncils(List.of())).isEmpty();
            assertThat(counter.count()).as("no areas, no statement").isZero();
        }
    }
}
