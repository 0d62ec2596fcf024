package org.connectedcouncils.council.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilFilter;
import org.connectedcouncils.council.domain.CouncilPlace;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.testing.SqlCounter;
import org.junit.Before;
import org.junit.Test;

/** The directory's page of active councils with an optional type and stored nation, paged in SQL (issue 19). */
public class CouncilDirectoryActiveDbTest {

    private final RegisterFixture fixture = new RegisterFixture();

    @Before
    public void setUp() {
        fixture.reset();
        save("S12000036", "City of Edinburgh Council", CouncilType.UNITARY, "Scotland");
        save("W06000015", "Cardiff Council", CouncilType.UNITARY, "Wales");
        save("E06000043", "Brighton and Hove City Council", CouncilType.UNITARY, "England");
        save("E09000012", "London Borough of Hackney", CouncilType.LONDON_BOROUGH, "England");
        fixture.councils.save(Council.active("E07000001", "Abbey District Council", CouncilType.DISTRICT, "East")
                .withPlace(new CouncilPlace("England", "GB", null, null)).endedOn(LocalDate.of(2023, 4, 1), null));
        fixture.councils.save(new Council(CouncilCode.of("E07000002"), "Acorn District Council",
                CouncilType.DISTRICT, "East", true).withPlace(new CouncilPlace("England", "GB", null, null)));
    }

    private void save(String code, String name, CouncilType type, String nation) {
        fixture.councils.save(Council.active(code, name, type, "").withPlace(new CouncilPlace(nation, "GB", null,
                null)));
    }

    private static List<String> codes(Page<Council> page) {
        return page.items().stream().map(c -> c.code().value()).toList();
    }

    @Test
    public void active_pagesByName_leavingRetiredAndEndedCouncilsOut() {
        Page<Council> first = fixture.councils.active(CouncilFilter.ANY, new PageRequest(0, 2));
        Page<Council> second = fixture.councils.active(CouncilFilter.ANY, new PageRequest(2, 2));

        assertThat(codes(first)).containsExactly("E06000043", "W06000015");
        assertThat(codes(second)).containsExactly("S12000036", "E08000035");
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.hasNext()).isTrue();
    }

    @Test
    public void active_filtersByTypeOrStoredNationOrBoth_eachOptional() {
        assertThat(codes(fixture.councils.active(new CouncilFilter(CouncilType.UNITARY, null), PageRequest.FIRST)))
                .containsExactly("E06000043", "W06000015", "S12000036");
        assertThat(codes(fixture.councils.active(new CouncilFilter(null, "England"), PageRequest.FIRST)))
                .containsExactly("E06000043", "E09000012");
        assertThat(codes(fixture.councils.active(new CouncilFilter(CouncilType.UNITARY, "Wales"),
                PageRequest.FIRST))).containsExactly("W06000015");
        assertThat(codes(fixture.councils.active(new CouncilFilter(null, ""), PageRequest.FIRST)))
                .as("no stored nation: outside the UK").containsExactly("E08000035");
    }

    @Test
    public void active_isTwoStatements() {
        try (SqlCounter counter = SqlCounter.on(fixture.db.entityManager())) {
            fixture.councils.active(new CouncilFilter(CouncilType.UNITARY, "England"), PageRequest.FIRST);
            assertThat(counter.count()).isEqualTo(2);
        }
    }

    @Test
    public void active_amongGivenCodes_pagesAndCountsOnlyThose_andAnEmptySetIsAnEmptyPageWithoutAStatement() {
        Set<CouncilCode> among = Set.of(CouncilCode.of("S12000036"), CouncilCode.of("E09000012"),
                CouncilCode.of("E07000001"), CouncilCode.of("E06000043"));
        Page<Council> first;
        try (SqlCounter counter = SqlCounter.on(fixture.db.entityManager())) {
            first = fixture.councils.active(CouncilFilter.ANY, among, new PageRequest(0, 2));
            assertThat(counter.count()).as("the page and its count").isEqualTo(2);
        }
        Page<Council> second = fixture.councils.active(CouncilFilter.ANY, among, new PageRequest(2, 2));

        assertThat(codes(first)).containsExactly("E06000043", "S12000036");
        assertThat(first.total()).as("the ended council among them is left out").isEqualTo(3);
        assertThat(codes(second)).containsExactly("E09000012");
        assertThat(codes(fixture.councils.active(new CouncilFilter(null, "England"), among, PageRequest.FIRST)))
                .containsExactly("E06000043", "E09000012");
        try (SqlCounter counter = SqlCounter.on(fixture.db.entityManager())) {
            Page<Council> none = fixture.councils.active(CouncilFilter.ANY, Set.of(), PageRequest.FIRST);
            assertThat(none.items()).isEmpty();
            assertThat(none.total()).isZero();
            assertThat(counter.count()).isZero();
        }
    }

    @Test
    public void active_amongMoreCodesThanAnInListHolds_mostAbsent_isStillThePageAndItsCount() {
        Set<CouncilCode> among = new HashSet<>(Set.of(CouncilCode.of("S12000036"), CouncilCode.of("W06000015"),
                CouncilCode.of("E07000001")));
        for (int i = 0; i < 1_200; i++) {
            among.add(CouncilCode.of(String.format("X%05d", i)));
        }

        Page<Council> page;
        try (SqlCounter counter = SqlCounter.on(fixture.db.entityManager())) {
            page = fixture.councils.active(CouncilFilter.ANY, among, PageRequest.FIRST);
            assertThat(counter.count()).as("the page and its count, the lists OR-ed in each").isEqualTo(2);
        }

        assertThat(codes(page)).containsExactly("W06000015", "S12000036");
        assertThat(page.total()).isEqualTo(2);
    }
}
