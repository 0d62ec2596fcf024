package org.connectedcouncils.maturity.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.java.ao.Query;

import org.junit.Before;
import org.junit.Test;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.testing.MaturityFixture;
import org.connectedcouncils.testing.SqlCounter;

/**
 * The heat map's assessed councils: AO's {@code stream} of {@code Query.select(COUNCIL_CODE).distinct()} renders
 * {@code SELECT DISTINCT COUNCIL_CODE}, one row per council in one statement, the code read from the row without a
 * query per row (H2, PostgreSQL, MariaDB). AO's {@code find(type, field, query)} does not do it: it widens the select
 * to every column of the entity, so DISTINCT no longer folds the rows (one per assessment; seen on H2).
 */
public class AoMaturityStoreAssessedDbTest {

    private final MaturityFixture fixture = new MaturityFixture();
    private AoMaturityStore store;

    @Before
    public void setUp() {
        fixture.reset();
        store = fixture.store;
    }

    @Test
    public void assessedCouncils_areEachCouncilWithACurrentAssessmentOfTheAreas_once_inOneStatement() {
        for (String area : List.of("waste", "housing", "parking", "planning", "parks")) {
            fixture.assess(BRIGHTON, area, 2);
            fixture.assess(BRIGHTON, area, 3);
            fixture.assess(HACKNEY, area, 1);
        }
        fixture.assess(LEEDS, "libraries", 4);

        List<String> streamed = new ArrayList<>();
        try (SqlCounter counter = SqlCounter.on(fixture.register.db.entityManager())) {
            fixture.register.db.ao().stream(AoAssessment.class, Query.select(AoAssessment.COUNCIL_CODE).distinct()
                    .where(AoAssessment.LATEST + " = ?", true), row -> streamed.add(row.getCouncilCode()));
            assertThat(streamed).as("one row per council, not per assessment").containsExactlyInAnyOrder(
                    BRIGHTON.value(), HACKNEY.value(), LEEDS.value());
            assertThat(counter.statements()).as("the select is the one column: DISTINCT holds; no query per row")
                    .singleElement().satisfies(sql -> assertThat(sql.replace("\"", "")).startsWith(
                            "SELECT DISTINCT COUNCIL_CODE FROM"));
        }
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
