package org.connectedcouncils.profile.macro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.i18n.TemplateText;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.maturity.macro.MaturityTemplates;
import org.connectedcouncils.security.XssPayloads;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.junit.Test;

/** The profile's commitments fragment rendered by real Velocity: words, links, the editors' form, hostile text. */
public class CouncilCommitmentsPanelTest {

    private static final String FRAGMENT = "templates/profile/council-commitments.vm";

    private final VelocityTemplateRenderer velocity = new VelocityTemplateRenderer();
    private final DisplayText text = new DisplayText(new PropertiesMessages());

    private String render(CouncilCommitmentsPanel panel) {
        return velocity.render(FRAGMENT, Map.of("commitments", panel, "i18n",
                new TemplateText(new PropertiesMessages())));
    }

    @Test
    public void lines_sayWhatStatusDatesAndGroup_andTheFormIsForEditorsOnly() {
        String reader = render(CouncilCommitmentsPanel.of("c", "E06000043",
                MaturityTemplates.commitments("Brighton", "Local Digital Declaration"), new SolutionPages(""), false,
                text));

        assertThat(reader).contains("<span class=\"cc-name\">Local Digital Declaration</span>",
                "<span class=\"aui-lozenge aui-lozenge-current\">Signed</span>", "Made on 1 Jun 2026",
                "Due by 1 Jun 2027", "<span class=\"cc-name\">Lead a working group</span>", "Met on 10 Jun 2026",
                "href=\"/pages/viewpage.action?pageId=77\">Local Digital Declaration</a>", "(group closed)",
                "Working group WG-9 no longer exists", "Showing the newest 3 of 4 commitments.")
                .doesNotContain("<form", "<button");

        String editor = render(CouncilCommitmentsPanel.of("c", "E06000043",
                MaturityTemplates.commitments("Brighton", "LDD"), new SolutionPages(""), true, text));
        assertThat(editor).contains("<form class=\"aui cc-commitment-form\"", "<option value=\"lead-group\">",
                "<option value=\"withdrawn\">Withdrawn</option>", "type=\"date\"", "aria-label=\"Edit commitment: LDD\"",
                "data-made-on=\"2026-06-01\"", "data-group=\"WG-3\"", "role=\"status\"");
    }

    @Test
    public void none_saysSo() {
        String html = render(CouncilCommitmentsPanel.of("c", "E06000043", new Page<>(List.of(), 0, 25, 0),
                new SolutionPages(""), false, text));

        assertThat(html).contains("No commitments recorded yet.");
    }

    @Test
    public void everyPayload_isEscaped() {
        for (String payload : XssPayloads.ALL) {
            String html = render(CouncilCommitmentsPanel.of("c", "E06000043",
                    MaturityTemplates.commitments(payload, payload), new SolutionPages(""), true, text));
            assertThat(html).as(payload).doesNotContain("<script", "<img", "\" onmouseover=", "<iframe",
                    "<svg onload", XssPayloads.EVALUATED + "(");
        }
    }
}
