package org.connectedcouncils.profile.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.council.domain.EditorRequestState;
import org.connectedcouncils.council.domain.EditorRequest;
import org.connectedcouncils.council.service.EditorRequests;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.register.domain.AdoptionFigures;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.maturity.domain.Assessment;
import org.connectedcouncils.maturity.domain.CouncilMaturity;
import org.connectedcouncils.maturity.domain.Leader;
import org.connectedcouncils.maturity.domain.MaturityLevel;
import org.connectedcouncils.maturity.domain.ReviewedAssessment;
import org.connectedcouncils.maturity.service.CouncilCommitments;
import org.connectedcouncils.maturity.service.Maturity;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.service.CouncilTakeOver;
import org.connectedcouncils.register.service.RegisterQueries;
import org.connectedcouncils.workinggroup.domain.Invitation;
import org.connectedcouncils.workinggroup.domain.InvitationState;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.service.Invitations;
import org.connectedcouncils.register.service.RegisterQueries.CouncilProfile;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RecordingPageBuilder;
import org.connectedcouncils.testing.RecordingTemplateRenderer;
import org.connectedcouncils.testing.TestConversionContext;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnitRunner;

@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class CouncilProfileMacroTest {

    private static final CouncilCode LEEDS = CouncilCode.of("E08000035");

    @Mock
    private RegisterQueries queries;
    @Mock
    private Invitations invitations;
    @Mock
    private Maturity maturity;
    @Mock
    private EditorRequests editorRequests;
    @Mock
    private ActorProvider actors;
    @Mock
    private CouncilCommitments commitments;

    private final RecordingTemplateRenderer renderer = new RecordingTemplateRenderer();
    private CouncilProfileMacro target;

    @Before
    public void setUp() {
        lenient().when(commitments.list(any(), any())).thenReturn(new Page<>(List.of(), 0, 25, 0));
        target = new CouncilProfileMacro(queries, invitations, maturity, editorRequests, commitments, actors,
                new MacroOutput(renderer.templateRenderer(), new RecordingPageBuilder().pageBuilderService(),
                        new PropertiesMessages()));
    }

    @Test
    public void execute_takesTheCouncilFromTheSpaceKeyWhenNoneIsGiven() throws Exception {
        when(queries.profile(eq(LEEDS), any())).thenReturn(emptyProfile());
        when(maturity.profile(LEEDS)).thenReturn(new CouncilMaturity(emptyProfile().council(), List.of(), Map.of()));

        target.execute(Map.of(), null, TestConversionContext.of("display", "e08000035"));

        CouncilProfileView view = (CouncilProfileView) renderer.last().view();
        assertThat(renderer.last().template()).isEqualTo(CouncilProfileMacro.PROFILE);
        assertThat(view.name()).isEqualTo("Leeds City Council");
        assertThat(view.ownedNotes()).containsExactly("This council has not added any solutions yet.");
        assertThat(view.facts()).extracting(Views.Fact::value).contains("None declared");
    }

    @Test
    public void execute_listsTheCouncilsWaitingInvitationsForItsOwnEditorsOnScreenOnly() throws Exception {
        when(queries.profile(eq(LEEDS), any())).thenReturn(emptyProfile());
        when(maturity.profile(LEEDS)).thenReturn(new CouncilMaturity(emptyProfile().council(), List.of(), Map.of()));
        when(actors.current()).thenReturn(Actor.editor("user-leeds", LEEDS));
        Invitation offer = new Invitation(5, WorkingGroupKey.of(9), LEEDS, MemberRole.LEAD, InvitationState.PENDING,
                "u1", Instant.parse("2026-11-02T10:00:00Z"), null, null, null);
        Page<Invitation> waiting = new Page<>(List.of(offer), 0, 25, 1);
        when(invitations.pendingFor(eq(LEEDS), any())).thenReturn(waiting);
        when(invitations.groupNames(waiting)).thenReturn(Map.of(WorkingGroupKey.of(9), "Shared forms"));
        when(editorRequests.standing(eq(LEEDS), any())).thenReturn(new EditorRequests.Standing(true, true, true,
                Optional.empty(), new Page<>(List.of(), 0, 25, 0), Map.of()));

        target.execute(Map.of("council", LEEDS.value()), null, TestConversionContext.display());
        CouncilProfileView shown = (CouncilProfileView) renderer.last().view();
        target.execute(Map.of("council", LEEDS.value()), null, TestConversionContext.pdf());
        CouncilProfileView exported = (CouncilProfileView) renderer.last().view();

        assertThat(shown.invitations()).singleElement().satisfies(panel -> assertThat(panel.waiting())
                .containsExactly(new CouncilInvitations.Waiting("/rest/connected-councils/1.0/working-groups/WG-9",
                        "5", "WG-9", "Shared forms", "Offered the lead", "2 Nov 2026")));
        assertThat(exported.invitations()).isEmpty();
        when(actors.current()).thenReturn(Actor.editor("user-hackney", CouncilCode.of("E09000012")));
        target.execute(Map.of("council", LEEDS.value()), null, TestConversionContext.display());
        assertThat(((CouncilProfileView) renderer.last().view()).invitations()).as("another council's editor")
                .isEmpty();
    }

    @Test
    public void execute_offersTheSuccessorsEditorsToTakeOverTheEndedCouncilsEntriesOnScreenOnly() throws Exception {
        when(queries.profile(eq(LEEDS), any())).thenReturn(emptyProfile());
        when(maturity.profile(LEEDS)).thenReturn(new CouncilMaturity(emptyProfile().council(), List.of(), Map.of()));
        when(actors.current()).thenReturn(Actor.editor("user-leeds", LEEDS));
        lenient().when(editorRequests.standing(eq(LEEDS), any())).thenReturn(new EditorRequests.Standing(true, true,
                true, Optional.empty(), new Page<>(List.of(), 0, 25, 0), Map.of()));
        lenient().when(invitations.pendingFor(eq(LEEDS), any())).thenReturn(new Page<>(List.of(), 0, 25, 0));
        Council ended = Council.active("E07000101", "Old Leeds District", CouncilType.DISTRICT, "Yorkshire")
                .endedOn(LocalDate.of(2024, 3, 31), LEEDS);
        when(queries.waitingForTakeOver(LEEDS)).thenReturn(List.of(new CouncilTakeOver.Waiting(ended, 3)));

        target.execute(Map.of("council", LEEDS.value()), null, TestConversionContext.display());
        CouncilProfileView shown = (CouncilProfileView) renderer.last().view();
        target.execute(Map.of("council", LEEDS.value()), null, TestConversionContext.pdf());
        CouncilProfileView exported = (CouncilProfileView) renderer.last().view();

        assertThat(shown.takeOvers()).singleElement().satisfies(panel -> {
            assertThat(panel.council()).isEqualTo(LEEDS.value());
            assertThat(panel.waiting()).containsExactly(
                    "3 entries of Old Leeds District are waiting for you to take them over.");
        });
        assertThat(exported.takeOvers()).isEmpty();
    }

    @Test
    public void execute_showsTheMapOfWhatItUsesAndItsMaturityBesideItsType() throws Exception {
        when(queries.profile(eq(LEEDS), any())).thenReturn(emptyProfile());
        ServiceArea waste = new ServiceArea("waste", "Waste <b>& recycling</b>", false);
        Assessment assessed = new Assessment(1, LEEDS, "waste", MaturityLevel.END_TO_END,
                LocalDate.parse("2026-10-01"), "Why", null, "u1", Instant.EPOCH, true);
        when(maturity.profile(LEEDS)).thenReturn(new CouncilMaturity(emptyProfile().council(), List.of(
                new CouncilMaturity.Bar(waste, new ReviewedAssessment(assessed, List.of()), 2.5),
                new CouncilMaturity.Bar(new ServiceArea("housing", "Housing", false), null, null)), Map.of()));

        target.execute(Map.of("council", LEEDS.value()), null, TestConversionContext.pdf());

        CouncilPictures pictures = ((CouncilProfileView) renderer.last().view()).pictures().get(0);
        assertThat(pictures.maps()).singleElement().satisfies(map -> assertThat(map.rows())
                .containsExactly(new org.connectedcouncils.council.view.CouncilMap.Row("Leeds City Council",
                        "This council")));
        CouncilMaturityPanel panel = pictures.maturity().get(0);
        // areas by the name the reader reads, in their language's order
        assertThat(panel.table()).containsExactly(
                new CouncilMaturityPanel.Row("Housing", "Not assessed", "No median yet"),
                new CouncilMaturityPanel.Row("Waste <b>& recycling</b>", "3 End-to-end digital", "2.5"));
        assertThat(panel.bars()).extracting(CouncilMaturityPanel.Bar::barWidth).containsExactly(0, 120);
        assertThat(panel.bars()).extracting(CouncilMaturityPanel.Bar::medianX).containsExactly(0, 300);
        assertThat(panel.subtitle()).contains("Metropolitan");
    }

    @Test
    public void execute_listsTheAreasItOffersToLead_withTheFormForItsOwnEditorsOnScreenOnly() throws Exception {
        when(queries.profile(eq(LEEDS), any())).thenReturn(emptyProfile());
        when(invitations.pendingFor(eq(LEEDS), any())).thenReturn(new Page<>(List.of(), 0, 25, 0));
        when(maturity.profile(LEEDS)).thenReturn(new CouncilMaturity(emptyProfile().council(), List.of(
                new CouncilMaturity.Bar(new ServiceArea("waste", "Waste", false), null, null),
                new CouncilMaturity.Bar(new ServiceArea("housing", "Housing", false), null, null)), Map.of()));
        when(maturity.leaders(null, LEEDS)).thenReturn(List.of(new Leader(LEEDS, "Leeds City Council", "waste",
                "Waste", MaturityLevel.END_TO_END, Instant.EPOCH)));
        when(actors.current()).thenReturn(Actor.editor("user-leeds", LEEDS));
        when(editorRequests.standing(eq(LEEDS), any())).thenReturn(new EditorRequests.Standing(true, true, true,
                Optional.empty(), new Page<>(List.of(), 0, 25, 0), Map.of()));

        target.execute(Map.of("council", LEEDS.value()), null, TestConversionContext.display());
        CouncilLeads shown = ((CouncilProfileView) renderer.last().view()).leads().get(0);
        target.execute(Map.of("council", LEEDS.value()), null, TestConversionContext.pdf());
        CouncilLeads exported = ((CouncilProfileView) renderer.last().view()).leads().get(0);
        when(actors.current()).thenReturn(Actor.editor("user-hackney", CouncilCode.of("E09000012")));
        target.execute(Map.of("council", LEEDS.value()), null, TestConversionContext.display());
        CouncilLeads other = ((CouncilProfileView) renderer.last().view()).leads().get(0);

        assertThat(shown.offers()).containsExactly(new CouncilLeads.Offer("waste", "Waste",
                "Level 3: End-to-end digital", "Withdraw the offer to lead in Waste"));
        assertThat(shown.mayOffer()).isTrue();
        assertThat(shown.choices()).containsExactly(new CouncilLeads.Choice("housing", "Housing"));
        assertThat(exported.offers()).isEqualTo(shown.offers());
        assertThat(exported.editable()).isFalse();
        assertThat(exported.choices()).isEmpty();
        assertThat(other.editable()).as("another council's editor").isFalse();
    }

    @Test
    public void execute_offersEditorRightsToOthersAndTheirRequestsToItsEditors_onScreenOnly() throws Exception {
        when(queries.profile(eq(LEEDS), any())).thenReturn(emptyProfile());
        when(maturity.profile(LEEDS)).thenReturn(new CouncilMaturity(emptyProfile().council(), List.of(), Map.of()));
        when(invitations.pendingFor(eq(LEEDS), any())).thenReturn(new Page<>(List.of(), 0, 25, 0));
        EditorRequest withId = new EditorRequest(7, LEEDS, "user-jo", "I run <b>forms</b>",
                EditorRequestState.PENDING, Instant.parse("2026-11-02T10:00:00Z"), null, null, null);
        when(editorRequests.standing(eq(LEEDS), any())).thenReturn(
                new EditorRequests.Standing(true, false, false, Optional.empty(), new Page<>(List.of(), 0, 25, 0),
                        Map.of()),
                new EditorRequests.Standing(true, true, true, Optional.empty(), new Page<>(List.of(withId), 0, 25, 1),
                        Map.of("user-jo", "Jo Bloggs")));
        when(actors.current()).thenReturn(Actor.viewer("user-jo"));

        target.execute(Map.of("council", LEEDS.value()), null, TestConversionContext.display());
        CouncilEditorRights asking = ((CouncilProfileView) renderer.last().view()).editorRights().get(0);
        target.execute(Map.of("council", LEEDS.value()), null, TestConversionContext.pdf());
        List<CouncilEditorRights> exported = ((CouncilProfileView) renderer.last().view()).editorRights();
        when(actors.current()).thenReturn(Actor.editor("user-leeds", LEEDS));
        target.execute(Map.of("council", LEEDS.value()), null, TestConversionContext.display());
        CouncilEditorRights deciding = ((CouncilProfileView) renderer.last().view()).editorRights().get(0);

        assertThat(asking.mayAsk()).isTrue();
        assertThat(asking.decides()).isFalse();
        assertThat(exported).isEmpty();
        assertThat(deciding.mayAsk()).isFalse();
        assertThat(deciding.pending()).containsExactly(new CouncilEditorRights.Pending("7", "Jo Bloggs",
                "2 Nov 2026", "I run <b>forms</b>", "Approve the request of Jo Bloggs",
                "Refuse the request of Jo Bloggs"));
    }

    @Test
    public void execute_asksForTheCouncilWhenTheSpaceIsNotACouncil() throws Exception {
        target.execute(Map.of(), null, TestConversionContext.of("display", "~admin"));

        Views.Message message = (Views.Message) renderer.last().view();
        assertThat(renderer.last().template()).isEqualTo(MacroOutput.MESSAGE_TEMPLATE);
        assertThat(message.title()).contains("'council'");
        verifyNoInteractions(queries);
    }

    @Test
    public void execute_namesACouncilTheDirectoryDoesNotKnow() throws Exception {
        when(queries.profile(eq(CouncilCode.of("E99999999")), any()))
                .thenThrow(new Refusal.NotFound("E99999999"));

        target.execute(Map.of("council", "E99999999"), null, TestConversionContext.pdf());

        Views.Message message = (Views.Message) renderer.last().view();
        assertThat(message.title()).contains("'council'");
        assertThat(message.body()).contains("E99999999");
    }

    @Test
    public void execute_namesTheCouncilParameterWhenTheUnnamedValueIsNotACode() throws Exception {
        target.execute(Map.of("0", "Leeds!"), null, TestConversionContext.display());

        Views.Message message = (Views.Message) renderer.last().view();
        assertThat(message.title()).contains("'council'");
        assertThat(message.body()).contains("Leeds!");
        verifyNoInteractions(queries);
    }

    private static CouncilProfile emptyProfile() {
        Council leeds = new Council(LEEDS, "Leeds City Council", CouncilType.METROPOLITAN_BOROUGH, "", false);
        return new CouncilProfile(leeds, new Page<>(List.of(), 0, 25, 0), AdoptionFigures.NONE,
                new Page<>(List.of(), 0, 25, 0), AdoptionFigures.NONE, Map.of(),
                new ConfirmationRule(180, Instant.EPOCH));
    }
}
