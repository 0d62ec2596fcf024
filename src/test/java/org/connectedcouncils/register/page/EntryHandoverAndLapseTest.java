package org.connectedcouncils.register.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.i18n.TemplateText;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionDetails;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.macro.SolutionCardView;
import org.connectedcouncils.register.service.RegisterQueries.SolutionCard;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.junit.Test;

/** The entry page flags a key contact who is no longer an active user, and marks lapsed adoptions (#18). */
public class EntryHandoverAndLapseTest {

    private static final VelocityTemplateRenderer VELOCITY = new VelocityTemplateRenderer();
    private static final Instant AT = Instant.parse("2026-10-01T09:00:00Z");

    @Test
    public void inactiveKeyContact_isShownAsNoActiveContact() {
        EntryPageView view = PageTestViews.entry(PageTestViews.card(EntryState.PUBLISHED), PageTestViews.history(),
                HistoryNames.NONE, false);

        assertThat(view.lozenges()).extracting(Views.Span::text).contains("No active contact");
        assertThat(facts(view)).anySatisfy(f -> assertThat(f.value()).startsWith("No active contact: contact "));
        assertThat(render(view)).contains("cc-no-contact\">No active contact</span>");
    }

    @Test
    public void activeKeyContact_isShownAsItIs() {
        EntryPageView view = PageTestViews.entry(PageTestViews.card(EntryState.PUBLISHED), PageTestViews.history(),
                HistoryNames.NONE, true);

        assertThat(view.lozenges()).extracting(Views.Span::text).doesNotContain("No active contact");
        assertThat(facts(view)).noneSatisfy(f -> assertThat(f.value()).contains("No active contact"));
        assertThat(render(view)).doesNotContain("cc-no-contact");
    }

    @Test
    public void lapsedAdoption_isMarkedLapsedWithAReconfirmButtonForTheAdoptersEditors() {
        SolutionCard card = withAdoption(lapsed(), List.of(PageTestViews.councils().get(HACKNEY)));

        EntryPageView view = PageTestViews.entry(card, PageTestViews.history(), HistoryNames.NONE, true);

        SolutionCardView.Adopter adopter = view.card().adopters().get(0);
        assertThat(adopter.marks()).extracting(Views.Span::text).containsExactly("Lapsed");
        assertThat(adopter.reconfirmButtons()).extracting(Views.Option::value).containsExactly(HACKNEY.value());
        assertThat(render(view)).contains("cc-adoption-lapsed\">Lapsed</span>",
                "cc-solution-reconfirm-adoption\" data-council=\"" + HACKNEY.value() + "\"",
                "data-text-adoption-reconfirmed=");
    }

    @Test
    public void lapsedAdoption_hasNoReconfirmButtonForSomeoneWhoCannotDeclareForTheAdopter() {
        SolutionCard card = withAdoption(lapsed(), List.of());

        EntryPageView view = PageTestViews.entry(card, PageTestViews.history(), HistoryNames.NONE, true);

        SolutionCardView.Adopter adopter = view.card().adopters().get(0);
        assertThat(adopter.marks()).extracting(Views.Span::text).containsExactly("Lapsed");
        assertThat(adopter.reconfirmButtons()).isEmpty();
        assertThat(render(view)).contains(">Lapsed</span>").doesNotContain("cc-solution-reconfirm-adoption\"");
    }

    @Test
    public void currentAdoption_isNotMarked() {
        EntryPageView view = PageTestViews.entry(EntryState.PUBLISHED);

        SolutionCardView.Adopter adopter = view.card().adopters().get(0);
        assertThat(adopter.marks()).isEmpty();
        assertThat(adopter.reconfirmButtons()).isEmpty();
        assertThat(render(view)).doesNotContain("cc-adoption-lapsed");
    }

    private static Adoption lapsed() {
        Solution s = PageTestViews.solution(EntryState.PUBLISHED);
        return new Adoption(s.key(), HACKNEY, AdoptionState.USING, null, null, "u2", AT, null, null,
                AdoptionDetails.NONE, null, AT.plusSeconds(86_400));
    }

    private static SolutionCard withAdoption(Adoption a, List<org.connectedcouncils.council.domain.Council> declare) {
        SolutionCard base = PageTestViews.card(EntryState.PUBLISHED);
        return new SolutionCard(base.solution(), new Page<>(List.of(a), 0, 100, 1), base.councils(),
                base.serviceAreas(), true, true, declare, new ConfirmationRule(180, AT));
    }

    private static List<Views.Fact> facts(EntryPageView view) {
        return view.sections().stream().filter(s -> s.id().equals("facts")).findFirst().orElseThrow().facts();
    }

    private static String render(EntryPageView view) {
        return VELOCITY.render(RegisterPages.ENTRY, Map.of("view", view,
                "i18n", new TemplateText(new PropertiesMessages())));
    }
}
