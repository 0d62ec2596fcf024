package org.connectedcouncils.register.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.register.macro.MacroTestData.NOW;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.i18n.TemplateText;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionCounts;
import org.connectedcouncils.register.domain.AdoptionDetails;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.Hosting;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.ProcurementRoute;
import org.connectedcouncils.register.domain.Retirement;
import org.connectedcouncils.register.domain.ReuseTerms;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SupportLevel;
import org.connectedcouncils.register.service.RegisterQueries.SolutionCard;
import org.connectedcouncils.testing.ConfluenceLikeEscaping;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.junit.Test;

/**
 * Issue 15's fields on the card and the entry page (real Velocity, Confluence-like escaping): reuse terms,
 * retirement details and adopters' details, each holding hostile text, come out escaped; links only for http(s).
 */
public class ReuseTermsRenderTest {

    private static final String HOSTILE = "<script>alert('x')</script> \"Reuse\" & <b>more</b>";
    private static final VelocityTemplateRenderer VELOCITY = new VelocityTemplateRenderer();
    private final PropertiesMessages messages = new PropertiesMessages();
    private final RegisterText text = new RegisterText(new DisplayText(messages));

    @Test
    public void card_showsEveryReuseTermRetirementAndAdopterDetailEscaped() {
        for (String template : List.of(SolutionCardMacro.CARD, SolutionCardMacro.STATIC_CARD)) {
            OutputMode mode = template.equals(SolutionCardMacro.CARD) ? OutputMode.INTERACTIVE : OutputMode.STATIC;
            SolutionCardView view = SolutionCardView.of("cc-solution-9", card(), mode, text);

            String html = VELOCITY.render(template, Map.of("view", view, "i18n", new TemplateText(messages)));

            assertThat(html).doesNotContain("<script", "<b>", "javascript:");
            assertThat(count(html, ConfluenceLikeEscaping.escape(HOSTILE))).as(template).isEqualTo(6);
            assertThat(html).contains("<dt>Support offered</dt><dd>Paid support</dd>",
                    "<dt>Procurement route</dt><dd>Shared service agreement</dd>",
                    "<dt>Data protection impact assessment available</dt><dd>Yes</dd>",
                    "<dt>Hosting options</dt><dd>Hosted by the owner council, Shared service</dd>",
                    "<dt>Estimated one-off cost to adopt</dt><dd>£5,000.00</dd>",
                    "<dt>Estimated annual cost to adopt</dt><dd>£1,200.00</dd>",
                    "<dt>Replaced by</dt><dd>CC-7</dd>", "<dt>How it runs</dt><dd>Hosted by a supplier</dd>",
                    "<dt>Annual saving reported</dt><dd>£4,500.00</dd>",
                    "href=\"https://example.org/a11y?a=1&amp;b=2\"");
            assertThat(html).doesNotContain(">Data protection impact assessment</a>");
        }
    }

    @Test
    public void card_withNothingStatedShowsNoReuseOrRetirementFacts() {
        SolutionCardView view = SolutionCardView.of("cc-solution-1", MacroTestData.card(true, true),
                OutputMode.INTERACTIVE, text);

        assertThat(view.reuseTerms()).isEmpty();
        assertThat(view.reuseLinks()).isEmpty();
        assertThat(view.retirement()).isEmpty();
        assertThat(view.adopters()).allSatisfy(a -> assertThat(a.details()).isEmpty());
    }

    private static SolutionCard card() {
        ReuseTerms reuse = new ReuseTerms(SupportLevel.PAID, HOSTILE, ProcurementRoute.SHARED_SERVICE_AGREEMENT,
                true, "javascript:alert(1)", "https://example.org/a11y?a=1&b=2",
                Set.of(Hosting.SHARED_SERVICE, Hosting.OWNER_HOSTED), Money.of(500_000, "GBP"),
                Money.of(120_000, "GBP"), HOSTILE);
        Solution s = new Solution(SolutionKey.of(9), aSolution().withPhase(Phase.RETIRED).withReuse(reuse).build(),
                EntryState.PUBLISHED, new AdoptionCounts(0, 1, 0), NOW, "u1", NOW, null, 2,
                new Retirement(HOSTILE, HOSTILE, SolutionKey.of(7)));
        Adoption adoption = new Adoption(s.key(), HACKNEY, AdoptionState.USING, null, null, "u2", NOW, null, null,
                new AdoptionDetails(HOSTILE, Hosting.SUPPLIER_HOSTED, HOSTILE, Money.of(450_000, "GBP")));
        return new SolutionCard(s, new Page<>(List.of(adoption), 0, 100, 1), MacroTestData.councils(),
                MacroTestData.areas(), false, false, List.of(), MacroTestData.FRESH);
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
