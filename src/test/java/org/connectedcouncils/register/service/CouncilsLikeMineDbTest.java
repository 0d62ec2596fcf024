package org.connectedcouncils.register.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.util.List;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilPlace;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.council.domain.CouncilsLike;
import org.connectedcouncils.register.domain.OwnersLike;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.testing.SqlCounter;
import org.junit.Before;
import org.junit.Test;

/**
 * "Councils like mine" on a real database: the register lists entries of owners of the chosen council's type (and
 * nation), the directory lists those councils, an unknown council is an error on {@code like}, and the cost in SQL
 * statements does not grow with the directory.
 */
public class CouncilsLikeMineDbTest {

    private static final Actor ADMIN = Actor.administrator("user-admin");
    /** A unitary council in England besides Brighton. */
    private static final CouncilCode HARTLEPOOL = CouncilCode.of("E06000001");
    /** A unitary outside England, so that "same nation" has something to leave out (test data, not the real list). */
    private static final CouncilCode CARDIFF = CouncilCode.of("W06000015");

    private final RegisterFixture fixture = new RegisterFixture();

    @Before
    public void setUp() {
        fixture.reset();
        fixture.councils.save(place(Council.active(BRIGHTON.value(), "Brighton and Hove City Council",
                CouncilType.UNITARY, "South East"), "England"));
        fixture.councils.save(place(Council.active(HARTLEPOOL.value(), "Hartlepool Borough Council",
                CouncilType.UNITARY, "North East"), "England"));
        fixture.councils.save(place(Council.active(CARDIFF.value(), "Cardiff Council", CouncilType.UNITARY, ""),
                "Wales"));
        fixture.actor.actAs(ADMIN);
        for (CouncilCode owner : List.of(BRIGHTON, HARTLEPOOL, CARDIFF, HACKNEY, LEEDS)) {
            fixture.register.create(aSolution().named("Entry of " + owner.value()).ownedBy(owner).build());
        }
    }

    @Test
    public void register_likeBrighton_listsOnlyEntriesOfUnitaryOwners() {
        List<CouncilCode> owners = owners(SolutionQuery.all().withOwnersLike(OwnersLike.of(BRIGHTON, false)));

        assertThat(owners).containsExactlyInAnyOrder(BRIGHTON, HARTLEPOOL, CARDIFF);
    }

    @Test
    public void register_likeBrightonInTheSameNation_leavesOutTheWelshUnitary() {
        List<CouncilCode> owners = owners(SolutionQuery.all().withOwnersLike(OwnersLike.of(BRIGHTON, true)));

        assertThat(owners).containsExactlyInAnyOrder(BRIGHTON, HARTLEPOOL);
    }

    @Test
    public void register_likeLeeds_combinesWithTheOtherFilters() {
        List<CouncilCode> owners = owners(SolutionQuery.all().withOwnersLike(OwnersLike.of(LEEDS, false))
                .withText("entry"));

        assertThat(owners).containsExactly(LEEDS);
    }

    @Test
    public void register_unknownCouncil_isAnErrorOnLike() {
        CouncilCode unknown = CouncilCode.of("E99999999");

        assertThatThrownBy(() -> fixture.register.list(SolutionQuery.all().withOwnersLike(OwnersLike.of(unknown,
                false)))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                .containsExactly(FieldError.of("like", FieldChecks.UNKNOWN_COUNCIL, "E99999999")));
    }

    @Test
    public void tableOnScreen_readsTheDirectoryOnceForOwnersFilterAndChoice() {
        RegisterQueries queries = new RegisterQueries(fixture.register, fixture.store, fixture.councils,
                fixture.serviceAreas, fixture.actor);
        fixture.actor.actAs(Actor.editor("user-brighton-editor", BRIGHTON));
        for (SolutionQuery query : List.of(SolutionQuery.all(), SolutionQuery.all().withOwner(LEEDS),
                SolutionQuery.all().withOwnersLike(OwnersLike.of(BRIGHTON, false)))) {
            RegisterQueries.RegisterTable plain = queries.table(query);
            RegisterQueries.RegisterTable onScreen;
            List<String> sql;
            try (SqlCounter counter = SqlCounter.on(fixture.db.entityManager())) {
                onScreen = queries.table(query, true);
                sql = counter.statements();
            }

            assertThat(sql).as("%s: %s", query, sql).filteredOn(q -> q.matches("(?is).*_COUNCIL\\b.*"))
                    .hasSize(1);
            assertThat(onScreen.page()).isEqualTo(plain.page());
            assertThat(onScreen.councils()).isEqualTo(plain.councils());
            assertThat(plain.like()).isNull();
            assertThat(onScreen.like().own()).isEqualTo(BRIGHTON);
            assertThat(onScreen.like().councils()).extracting(Council::code)
                    .containsExactlyInAnyOrderElementsOf(fixture.councils.all().stream().map(Council::code).toList());
        }
    }

    @Test
    public void register_statementCountDoesNotGrowWithTheDirectory() {
        SolutionQuery like = SolutionQuery.all().withOwnersLike(OwnersLike.of(BRIGHTON, false));
        int small = statements(like);
        for (int i = 0; i < 1_200; i++) {
            fixture.councils.save(Council.active(String.format("E06%06d", 100 + i), "Unitary " + i,
                    CouncilType.UNITARY, ""));
        }

        int large = statements(like);

        // The directory (one read), the page and its count, with 1,203 unitaries (two IN lists) as with three.
        assertThat(small).isEqualTo(3);
        assertThat(large).isEqualTo(small);
        assertThat(owners(like)).containsExactlyInAnyOrder(BRIGHTON, HARTLEPOOL, CARDIFF);
    }

    @Test
    public void directory_likeBrighton_listsCouncilsOfItsTypeAndNation() {
        Council brighton = fixture.councils.find(BRIGHTON).orElseThrow();

        List<CouncilCode> sameType = fixture.councils.list(null, CouncilsLike.of(brighton, false),
                new PageRequest(0, 25)).items().stream().map(Council::code).toList();
        List<CouncilCode> sameNation = fixture.councils.list("council", CouncilsLike.of(brighton, true),
                new PageRequest(0, 25)).items().stream().map(Council::code).toList();

        assertThat(sameType).containsExactly(BRIGHTON, CARDIFF, HARTLEPOOL);
        assertThat(sameNation).containsExactly(BRIGHTON, HARTLEPOOL);
    }

    private int statements(SolutionQuery query) {
        try (SqlCounter sql = SqlCounter.on(fixture.db.entityManager())) {
            fixture.register.list(query.withPage(new PageRequest(0, 100))).page().items()
                    .forEach(s -> s.content().name());
            return sql.count();
        }
    }

    private List<CouncilCode> owners(SolutionQuery query) {
        return fixture.register.list(query.withPage(new PageRequest(0, 100))).page().items().stream()
                .map(Solution::content).map(c -> c.ownerCouncil()).toList();
    }

    private static Council place(Council council, String nation) {
        return new Council(council.code(), council.name(), council.type(), council.region(), false,
                new CouncilPlace(nation, "GB", null, null), null, null);
    }
}
