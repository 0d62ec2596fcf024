package org.connectedcouncils.profile.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.register.domain.AdoptionFigures;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.register.service.RegisterQueries;
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

    private final RecordingTemplateRenderer renderer = new RecordingTemplateRenderer();
    private CouncilProfileMacro target;

    @Before
    public void setUp() {
        target = new CouncilProfileMacro(queries, new MacroOutput(renderer.templateRenderer(),
                new RecordingPageBuilder().pageBuilderService(), new PropertiesMessages()));
    }

    @Test
    public void execute_takesTheCouncilFromTheSpaceKeyWhenNoneIsGiven() throws Exception {
        when(queries.profile(eq(LEEDS), any())).thenReturn(emptyProfile());

        target.execute(Map.of(), null, TestConversionContext.of("display", "e08000035"));

        CouncilProfileView view = (CouncilProfileView) renderer.last().view();
        assertThat(renderer.last().template()).isEqualTo(CouncilProfileMacro.PROFILE);
        assertThat(view.name()).isEqualTo("Leeds City Council");
        assertThat(view.ownedNotes()).containsExactly("This council has not added any solutions yet.");
        assertThat(view.facts()).extracting(Views.Fact::value).contains("None declared");
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
