package org.connectedcouncils.maturity.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.maturity.domain.MaturityCell;
import org.connectedcouncils.maturity.domain.MaturityLevel;
import org.connectedcouncils.testing.MaturityFixture;
import org.connectedcouncils.testing.SqlCounter;

/**
 * The current-assessment reads by council or by area take any number of values: one statement per 1,000 (Oracle
 * refuses longer IN lists), the rows of every list together.
 */
public class AoMaturityStoreInListsDbTest {

    private final MaturityFixture fixture = new MaturityFixture();
    private AoMaturityStore store;

    @Before
    public void setUp() {
        fixture.reset();
        store = fixture.store;
        fixture.assess(BRIGHTON, "waste", 2);
        fixture.assess(BRIGHTON, "waste", 3);
        fixture.assess(HACKNEY, "housing", 1);
        fixture.assess(LEEDS, "libraries", 4);
    }

    @Test
    public void currentCells_ofMoreCouncilsThanAnInListHolds_mostAbsent_areTheirCells_inAStatementPerThousand() {
        List<CouncilCode> councils = new ArrayList<>();
        councils.add(BRIGHTON);
        for (int i = 0; i < 1_200; i++) {
            councils.add(CouncilCode.of(String.format("X%05d", i)));
        }
        councils.add(LEEDS);

        List<MaturityCell> cells;
        try (SqlCounter sql = SqlCounter.on(fixture.register.db.entityManager())) {
            cells = store.currentCells(councils);
            assertThat(sql.count()).as("1,202 councils: two IN lists, two statements").isEqualTo(2);
        }

        assertThat(cells).containsExactlyInAnyOrder(new MaturityCell(BRIGHTON, "waste", MaturityLevel.of(3)
                .orElseThrow()), new MaturityCell(LEEDS, "libraries", MaturityLevel.of(4).orElseThrow()));
    }

    @Test
    public void assessedCouncils_ofMoreAreasThanAnInListHolds_mostAbsent_areEachCouncilOnce_inAStatementPerThousand() {
        List<String> areas = new ArrayList<>();
        areas.add("waste");
        for (int i = 0; i < 1_200; i++) {
            areas.add("area-" + i);
        }
        areas.add("libraries");
        areas.add("waste");

        Set<CouncilCode> councils;
        try (SqlCounter sql = SqlCounter.on(fixture.register.db.entityManager())) {
            councils = store.assessedCouncils(areas);
            assertThat(sql.statements()).as("1,202 distinct areas: two IN lists, two SELECT DISTINCT statements")
                    .hasSize(2).allSatisfy(statement -> assertThat(statement).containsIgnoringCase("DISTINCT"));
        }

        assertThat(councils).containsExactlyInAnyOrder(BRIGHTON, LEEDS);
    }
}
