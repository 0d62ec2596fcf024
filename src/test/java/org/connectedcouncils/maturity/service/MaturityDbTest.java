package org.connectedcouncils.maturity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilPlace;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.maturity.domain.Assessment;
import org.connectedcouncils.maturity.domain.CouncilMaturity;
import org.connectedcouncils.maturity.domain.Evidence;
import org.connectedcouncils.maturity.domain.HeatMap;
import org.connectedcouncils.maturity.domain.HeatMapFilter;
import org.connectedcouncils.maturity.domain.MapCouncils;
import org.connectedcouncils.maturity.domain.MaturityLevel;
import org.connectedcouncils.maturity.domain.NewAssessment;
import org.connectedcouncils.maturity.domain.Nation;
import org.connectedcouncils.maturity.domain.ReviewVerdict;
import org.connectedcouncils.maturity.domain.ReviewedAssessment;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.testing.MaturityFixture;
import org.connectedcouncils.testing.SqlCounter;
import org.junit.Before;
import org.junit.Test;

/** The maturity rules on a real database: who writes, evidence, history, reviews, heat map and profile. */
public class MaturityDbTest {

    static final Actor BRIGHTON_EDITOR = Actor.editor("brighton-editor", BRIGHTON);
    static final Actor HACKNEY_EDITOR = Actor.editor("hackney-editor", HACKNEY);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private final MaturityFixture fixture = new MaturityFixture();
    private Maturity target;

    @Before
    public void setUp() {
        fixture.reset();
        target = fixture.maturity;
        fixture.register.actor.actAs(BRIGHTON_EDITOR);
    }

    static NewAssessment waste(int level, LocalDate on, String... entries) {
        return new NewAssessment("waste", level, on, "Bin collections are booked and tracked online.",
                new Evidence(List.of(entries), List.of("https://wiki.example.org/display/W/Bins")));
    }

    @Test
    public void assess_byTheCouncilsEditor_isCurrentWithItsEvidence() {
        SolutionKey own = fixture.register.register.create(aSolution().ownedBy(BRIGHTON).build()).key();

        Assessment saved = target.assess(BRIGHTON, waste(3, TODAY, own.toString().toLowerCase()));

        assertThat(saved.level()).isEqualTo(MaturityLevel.END_TO_END);
        assertThat(saved.evidence().entries()).containsExactly(own.toString());
        assertThat(saved.evidence().links()).containsExactly("https://wiki.example.org/display/W/Bins");
        assertThat(target.current(BRIGHTON)).extracting(r -> r.assessment().id()).containsExactly(saved.id());
        assertThat(fixture.register.audit.records()).anyMatch(r -> r.summaryKey().endsWith("maturity.assessed"));
    }

    @Test
    public void assess_keepsHistory_andTheNewestDateIsCurrent() {
        Assessment first = target.assess(BRIGHTON, waste(2, TODAY.minusDays(100)));
        Assessment second = target.assess(BRIGHTON, waste(3, TODAY));
        Assessment backdated = target.assess(BRIGHTON, waste(1, TODAY.minusDays(200)));

        assertThat(target.current(BRIGHTON)).singleElement()
                .satisfies(r -> assertThat(r.assessment().id()).isEqualTo(second.id()));
        assertThat(target.history(BRIGHTON, "waste", PageRequest.FIRST).items())
                .extracting(r -> r.assessment().id()).containsExactly(second.id(), first.id(), backdated.id());
    }

    @Test
    public void assess_byAnotherCouncilsEditorOrAViewer_isRefusedAndWritesNothing() {
        fixture.register.actor.actAs(HACKNEY_EDITOR);
        assertThatThrownBy(() -> target.assess(BRIGHTON, waste(3, TODAY))).isInstanceOf(Refusal.NotAllowed.class);
        fixture.register.actor.actAs(Actor.viewer("viewer"));
        assertThatThrownBy(() -> target.assess(BRIGHTON, waste(3, TODAY))).isInstanceOf(Refusal.NotAllowed.class);
        fixture.register.actor.actAs(Actor.anonymous());
        assertThatThrownBy(() -> target.assess(BRIGHTON, waste(3, TODAY)))
                .isInstanceOf(Refusal.NotAuthenticated.class);
        fixture.register.actor.actAs(Actor.administrator("admin"));

        assertThat(target.current(BRIGHTON)).isEmpty();
        assertThat(target.assess(BRIGHTON, waste(4, TODAY)).author()).isEqualTo("admin");
    }

    @Test
    public void assess_withBadInput_namesEveryFieldAndWritesNothing() {
        NewAssessment bad = new NewAssessment("no-such-area", 6, TODAY.plusDays(1), " ",
                new Evidence(List.of("XX-1"), List.of("javascript:alert(1)")));

        assertThatThrownBy(() -> target.assess(BRIGHTON, bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactlyInAnyOrder("area", "level",
                        "date", "justification", "evidence.entries", "evidence.links"));
        assertThat(target.current(BRIGHTON)).isEmpty();
    }

    @Test
    public void assess_withEvidenceTheCouncilNeitherOwnsNorUses_isRefused_butAnEntryItUsesIsFine() {
        fixture.register.actor.actAs(Actor.editor("leeds-editor", LEEDS));
        SolutionKey leeds = fixture.register.register.create(aSolution().ownedBy(LEEDS).build()).key();
        fixture.register.register.publish(leeds);
        fixture.register.actor.actAs(BRIGHTON_EDITOR);

        assertThatThrownBy(() -> target.assess(BRIGHTON, waste(3, TODAY, leeds.toString())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("evidence.entries"));

        fixture.register.register.declareAdoption(leeds, BRIGHTON,
                new AdoptionDeclaration(AdoptionState.USING, TODAY, null));
        assertThat(target.assess(BRIGHTON, waste(3, TODAY, leeds.toString())).evidence().entries())
                .containsExactly(leeds.toString());
    }

    @Test
    public void review_byAnotherCouncil_showsBesideTheAssessment_once() {
        Assessment assessed = target.assess(BRIGHTON, waste(3, TODAY));
        fixture.register.actor.actAs(HACKNEY_EDITOR);

        target.review(assessed.id(), HACKNEY, ReviewVerdict.QUESTION, "Is the garden waste round online too?");

        ReviewedAssessment shown = target.current(BRIGHTON).get(0);
        assertThat(shown.reviews()).singleElement().satisfies(r -> {
            assertThat(r.reviewer()).isEqualTo(HACKNEY);
            assertThat(r.verdict()).isEqualTo(ReviewVerdict.QUESTION);
        });
        assertThatThrownBy(() -> target.review(assessed.id(), HACKNEY, ReviewVerdict.ENDORSE, "Second thoughts"))
                .isInstanceOf(Refusal.Conflict.class);
    }

    @Test
    public void review_ofOwnCouncilOrForACouncilNotEdited_isRefused() {
        Assessment assessed = target.assess(BRIGHTON, waste(3, TODAY));

        assertThatThrownBy(() -> target.review(assessed.id(), BRIGHTON, ReviewVerdict.ENDORSE, "We agree"))
                .isInstanceOf(Refusal.NotAllowed.class);
        assertThatThrownBy(() -> target.review(assessed.id(), HACKNEY, ReviewVerdict.ENDORSE, "We agree"))
                .isInstanceOf(Refusal.NotAllowed.class);
        fixture.register.actor.actAs(HACKNEY_EDITOR);
        assertThatThrownBy(() -> target.review(assessed.id(), HACKNEY, ReviewVerdict.ENDORSE, " "))
                .isInstanceOf(ValidationException.class);
        assertThat(target.current(BRIGHTON).get(0).reviews()).isEmpty();
    }

    @Test
    public void reword_isForAdminsOnly_andBlankRestoresTheGenericText() {
        assertThatThrownBy(() -> target.reword("waste", 2, "Online bin booking", null)).isInstanceOf(
                Refusal.NotAllowed.class);
        fixture.register.actor.actAs(Actor.administrator("admin"));

        target.reword("waste", 2, "Online bin booking", null);
        assertThat(target.levels("waste").get(1).wording()).isEqualTo("Online bin booking");
        assertThat(target.levels("housing").get(1).reworded()).isFalse();

        target.reword("waste", 2, "", null);
        assertThat(target.levels("waste")).noneMatch(l -> l.reworded());
    }

    @Test
    public void reword_keepsTheWelshBesideTheEnglish_andWelshReadersFallBackToTheEnglish() {
        fixture.register.actor.actAs(Actor.administrator("admin"));

        target.reword("waste", 3, "Bins booked online end to end", " Archebu biniau ar-lein o'r dechrau i'r diwedd ");
        target.reword("waste", 4, "Rounds planned from sensor data", "");

        var levels = target.levels("waste");
        assertThat(levels.get(2).wordingFor(true)).isEqualTo("Archebu biniau ar-lein o'r dechrau i'r diwedd");
        assertThat(levels.get(2).wordingFor(false)).isEqualTo("Bins booked online end to end");
        assertThat(levels.get(3).wordingCy()).isNull();
        assertThat(levels.get(3).wordingFor(true)).isEqualTo("Rounds planned from sensor data");
        assertThatThrownBy(() -> target.reword("waste", 5, " ", "Rhannu")).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(f -> f.field())
                        .containsExactly("wording"));
        assertThatThrownBy(() -> target.reword("waste", 5, "Shared", "x".repeat(301)))
                .isInstanceOf(ValidationException.class);
        target.reword("waste", 3, "", null);
        assertThat(target.levels("waste").get(2).wordingCy()).as("blank English clears both").isNull();
    }

    static final CouncilCode EDINBURGH = CouncilCode.of("S12000036");

    private void saveEdinburgh() {
        fixture.register.councils.save(Council.active(EDINBURGH.value(), "City of Edinburgh Council",
                CouncilType.UNITARY, "Scotland").withPlace(new CouncilPlace("Scotland", "GB", null, null)));
    }

    private void placeInEngland(CouncilCode... codes) {
        for (CouncilCode code : codes) {
            Council council = fixture.register.councils.find(code).orElseThrow();
            fixture.register.councils.save(council.withPlace(new CouncilPlace("England", "GB", null, null)));
        }
    }

    @Test
    public void heatMap_filtersByTypeAndStoredNation_andProfileShowsTheTypeMedian() {
        saveEdinburgh();
        placeInEngland(BRIGHTON, HACKNEY, LEEDS);
        fixture.register.actor.actAs(Actor.administrator("admin"));
        target.assess(BRIGHTON, waste(3, TODAY));
        target.assess(EDINBURGH, waste(5, TODAY));
        target.assess(HACKNEY, waste(1, TODAY));

        HeatMap assessed = target.heatMap(HeatMapFilter.ANY, PageRequest.FIRST);
        HeatMap all = target.heatMap(new HeatMapFilter(null, null, MapCouncils.ALL), PageRequest.FIRST);
        HeatMap unitary = target.heatMap(new HeatMapFilter(CouncilType.UNITARY, null, MapCouncils.ASSESSED),
                PageRequest.FIRST);
        HeatMap scotland = target.heatMap(new HeatMapFilter(null, Nation.SCOTLAND, MapCouncils.ASSESSED),
                PageRequest.FIRST);
        HeatMap englishUnitary = target.heatMap(
                new HeatMapFilter(CouncilType.UNITARY, Nation.ENGLAND, MapCouncils.ASSESSED), PageRequest.FIRST);
        CouncilMaturity profile = target.profile(BRIGHTON);

        assertThat(assessed.rows()).as("by default only councils that have assessed").extracting(r -> r.council()
                .name()).containsExactly("Brighton and Hove City Council", "City of Edinburgh Council",
                        "London Borough of Hackney");
        assertThat(assessed.total()).isEqualTo(3);
        assertThat(all.rows()).extracting(r -> r.council().name()).containsExactly("Brighton and Hove City Council",
                "City of Edinburgh Council", "Leeds City Council", "London Borough of Hackney");
        assertThat(all.total()).isEqualTo(4);
        assertThat(unitary.rows()).extracting(r -> r.council().code()).containsExactly(BRIGHTON, EDINBURGH);
        assertThat(scotland.rows()).singleElement().satisfies(r -> assertThat(r.levels().get("waste"))
                .isEqualTo(MaturityLevel.SHARED));
        assertThat(englishUnitary.rows()).extracting(r -> r.council().code()).containsExactly(BRIGHTON);
        assertThat(englishUnitary.total()).isEqualTo(1);
        CouncilMaturity.Bar waste = profile.bars().stream().filter(b -> b.area().code().equals("waste"))
                .findFirst().orElseThrow();
        assertThat(waste.current().assessment().level()).isEqualTo(MaturityLevel.END_TO_END);
        assertThat(waste.typeMedian()).isEqualTo(4.0);
        // Councils like mine in the same nation: Edinburgh (Scotland) leaves Brighton's comparison group.
        assertThat(target.profile(BRIGHTON, true).bars().stream().filter(b -> b.area().code().equals("waste"))
                .findFirst().orElseThrow().typeMedian()).isEqualTo(3.0);
    }

    @Test
    public void heatMap_readsTheNationTheDirectoryStores_notTheCodesFirstLetter() {
        Council hackney = fixture.register.councils.find(HACKNEY).orElseThrow();
        fixture.register.councils.save(hackney.withPlace(new CouncilPlace("Wales", "GB", null, null)));

        HeatMap wales = target.heatMap(new HeatMapFilter(null, Nation.WALES, MapCouncils.ALL), PageRequest.FIRST);
        HeatMap england = target.heatMap(new HeatMapFilter(null, Nation.ENGLAND, MapCouncils.ALL), PageRequest.FIRST);
        HeatMap elsewhere = target.heatMap(new HeatMapFilter(null, Nation.OTHER, MapCouncils.ALL),
                PageRequest.FIRST);

        assertThat(wales.rows()).extracting(r -> r.council().code()).containsExactly(HACKNEY);
        assertThat(england.rows()).isEmpty();
        assertThat(elsewhere.rows()).as("no stored nation: outside the UK").extracting(r -> r.council().code())
                .containsExactly(BRIGHTON, LEEDS);
    }

    @Test
    public void heatMap_pagesActiveCouncilsByName_andAnUnassessedCouncilIsARowOfEmptyCells() {
        saveEdinburgh();
        fixture.register.councils.save(Council.active("E07000001", "Aardvark District Council",
                CouncilType.DISTRICT, "East").endedOn(TODAY.minusDays(1), null));
        fixture.register.actor.actAs(Actor.administrator("admin"));
        target.assess(LEEDS, waste(2, TODAY));
        HeatMapFilter everyCouncil = new HeatMapFilter(null, null, MapCouncils.ALL);

        HeatMap first = target.heatMap(everyCouncil, new PageRequest(0, 2));
        HeatMap second = target.heatMap(everyCouncil, new PageRequest(2, 2));
        HeatMap beyond = target.heatMap(everyCouncil, new PageRequest(10, 2));

        assertThat(first.rows()).extracting(r -> r.council().code()).containsExactly(BRIGHTON, EDINBURGH);
        assertThat(first.total()).as("the ended council is left out").isEqualTo(4);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.rows().get(0).levels()).as("not assessed yet").isEmpty();
        assertThat(first.areas()).isNotEmpty();
        assertThat(second.rows()).extracting(r -> r.council().code()).containsExactly(LEEDS, HACKNEY);
        assertThat(second.rows().get(0).levels()).containsExactly(java.util.Map.entry("waste",
                MaturityLevel.ONLINE_FORMS));
        assertThat(second.hasNext()).isFalse();
        assertThat(beyond.rows()).isEmpty();
        assertThat(beyond.total()).isEqualTo(4);
        assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void heatMap_byDefault_pagesOnlyTheCouncilsWithACurrentAssessmentInAnActiveArea() {
        saveEdinburgh();
        fixture.register.councils.save(Council.active("E07000001", "Aardvark District Council",
                CouncilType.DISTRICT, "East").endedOn(TODAY.minusDays(1), null));
        fixture.register.actor.actAs(Actor.administrator("admin"));
        HeatMap none = target.heatMap(HeatMapFilter.ANY, PageRequest.FIRST);
        target.assess(LEEDS, waste(2, TODAY));
        target.assess(LEEDS, waste(3, TODAY));
        target.assess(HACKNEY, waste(1, TODAY));
        target.assess(HACKNEY, new NewAssessment("housing", 2, TODAY, "Forms online", Evidence.NONE));
        target.assess(CouncilCode.of("E07000001"), waste(4, TODAY));

        HeatMap first = target.heatMap(HeatMapFilter.ANY, new PageRequest(0, 1));
        HeatMap second = target.heatMap(HeatMapFilter.ANY, new PageRequest(1, 1));
        HeatMap districts = target.heatMap(new HeatMapFilter(CouncilType.DISTRICT, null, MapCouncils.ASSESSED),
                PageRequest.FIRST);

        assertThat(none.rows()).as("nobody has assessed").isEmpty();
        assertThat(none.total()).isZero();
        assertThat(first.rows()).extracting(r -> r.council().code()).containsExactly(LEEDS);
        assertThat(first.total()).as("Leeds and Hackney once each; the ended council is left out").isEqualTo(2);
        assertThat(first.rows().get(0).levels()).containsExactly(java.util.Map.entry("waste",
                MaturityLevel.END_TO_END));
        assertThat(second.rows()).extracting(r -> r.council().code()).containsExactly(HACKNEY);
        assertThat(second.rows().get(0).levels()).hasSize(2);
        assertThat(second.hasNext()).isFalse();
        assertThat(districts.rows()).as("assessed, but ended").isEmpty();
    }

    @Test
    public void area_showsTheFilteredCouncilsThatAssessedIt() {
        saveEdinburgh();
        fixture.register.actor.actAs(Actor.administrator("admin"));
        target.assess(BRIGHTON, waste(3, TODAY));
        target.assess(EDINBURGH, waste(5, TODAY));
        target.assess(HACKNEY, new NewAssessment("housing", 2, TODAY, "Forms online", Evidence.NONE));

        HeatMap waste = target.area("waste", HeatMapFilter.ANY);
        HeatMap scottishWaste = target.area("waste", new HeatMapFilter(null, Nation.SCOTLAND, MapCouncils.ASSESSED));

        assertThat(waste.rows()).extracting(r -> r.council().code()).containsExactly(BRIGHTON, EDINBURGH);
        assertThat(scottishWaste.rows()).extracting(r -> r.council().code()).containsExactly(EDINBURGH);
    }

    @Test
    public void heatMapAndProfile_issueAsManyStatementsForManyAssessmentsAsForOne() {
        target.assess(BRIGHTON, waste(3, TODAY));
        HeatMapFilter everyCouncil = new HeatMapFilter(null, null, MapCouncils.ALL);
        int oneMap = statements(() -> target.heatMap(HeatMapFilter.ANY, PageRequest.FIRST));
        int oneMapOfAll = statements(() -> target.heatMap(everyCouncil, PageRequest.FIRST));
        int oneProfile = statements(() -> target.profile(BRIGHTON));
        fixture.register.actor.actAs(Actor.administrator("admin"));
        for (String area : List.of("housing", "parking", "planning", "parks")) {
            for (CouncilCode c : List.of(BRIGHTON, HACKNEY, LEEDS)) {
                target.assess(c, new NewAssessment(area, 2, TODAY, "Forms online", Evidence.NONE));
                Assessment a = target.assess(c, new NewAssessment(area, 3, TODAY, "End to end", Evidence.NONE));
                target.review(a.id(), c.equals(LEEDS) ? HACKNEY : LEEDS, ReviewVerdict.ENDORSE, "Seen it");
            }
        }
        for (int i = 0; i < 30; i++) {
            fixture.register.councils.save(Council.active(String.format("E070%05d", i), "District " + i,
                    CouncilType.DISTRICT, "East"));
        }

        assertThat(oneMap).as("areas, assessed councils' codes, page, count, the page's cells").isEqualTo(5);
        assertThat(oneMapOfAll).as("areas, page, count, the page's cells").isEqualTo(4);
        assertThat(target.heatMap(HeatMapFilter.ANY, new PageRequest(0, 100)).rows()).hasSize(3);
        assertThat(target.heatMap(everyCouncil, new PageRequest(0, 100)).rows()).hasSize(33);
        assertThat(statements(() -> target.heatMap(HeatMapFilter.ANY, PageRequest.FIRST))).isEqualTo(oneMap);
        assertThat(statements(() -> target.heatMap(HeatMapFilter.ANY, new PageRequest(0, 100)))).isEqualTo(oneMap);
        assertThat(statements(() -> target.heatMap(everyCouncil, PageRequest.FIRST))).isEqualTo(oneMapOfAll);
        assertThat(statements(() -> target.heatMap(everyCouncil, new PageRequest(0, 100)))).isEqualTo(oneMapOfAll);
        assertThat(statements(() -> target.profile(BRIGHTON))).isEqualTo(oneProfile);
    }

    private int statements(Supplier<?> call) {
        try (SqlCounter counter = SqlCounter.on(fixture.register.db.entityManager())) {
            call.get();
            return counter.count();
        }
    }

    @Test
    public void anonymise_rewritesTheAuthorsOfAssessmentsAndReviews() {
        Assessment assessed = target.assess(BRIGHTON, waste(3, TODAY));
        fixture.register.actor.actAs(HACKNEY_EDITOR);
        target.review(assessed.id(), HACKNEY, ReviewVerdict.ENDORSE, "Seen it working");

        var counts = fixture.register.transactions.inTransaction(() -> new org.connectedcouncils.maturity.ao
                .AoMaturityPersonalData(fixture.register.db.ao()).anonymise("hackney-editor", "anon-1"));

        assertThat(counts).containsEntry("MAT_ASSESSMENT.AUTHOR", 0).containsEntry("MAT_REVIEW.AUTHOR", 1);
        assertThat(target.current(BRIGHTON).get(0).reviews().get(0).author()).isEqualTo("anon-1");
    }
}
