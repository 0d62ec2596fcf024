package org.connectedcouncils.register.macro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.connectedcouncils.common.i18n.TemplateText;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.profile.macro.CouncilProfileView;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.connectedcouncils.workinggroup.macro.GroupMacroTestData;
import org.connectedcouncils.workinggroup.macro.WorkingGroupView;
import org.junit.Test;

/**
 * The Watch buttons of the council profile and the working-group summary: on screen a toggle button naming what it
 * watches, with aria-pressed, hidden until its script knows the state; in exports (pdf, Word, e-mail) none at all.
 */
public class WatchButtonTemplatesTest {

    private static final VelocityTemplateRenderer VELOCITY = new VelocityTemplateRenderer();
    private final PropertiesMessages messages = new PropertiesMessages();
    private final DisplayText text = new DisplayText(messages);

    @Test
    public void councilProfile_hasAWatchButtonOnScreenOnly() {
        CouncilProfileView exported = CouncilProfileView.of(MacroTestData.profile(),
                new SolutionPages("https://wiki.example.org"), text);

        String onScreen = render("templates/register/council.vm", exported.onScreen());
        String export = render("templates/register/council.vm", exported);

        assertThat(onScreen).contains("data-watch-type=\"council\" data-watch-key=\"" + exported.code() + "\"")
                .contains("aria-pressed=\"false\" hidden=\"\"").contains("Watch this council");
        assertThat(export).doesNotContain("data-watch-type").doesNotContain("<button");
    }

    @Test
    public void workingGroup_hasAWatchButtonOnScreenOnly() {
        String onScreen = render("templates/workinggroup/working-group.vm", WorkingGroupView.of("g",
                GroupMacroTestData.card(false, Set.of()), OutputMode.INTERACTIVE, new SolutionPages(""), text));
        String export = render("templates/workinggroup/working-group.vm", WorkingGroupView.of("g",
                GroupMacroTestData.card(false, Set.of()), OutputMode.STATIC, new SolutionPages("https://w"), text));

        assertThat(onScreen).containsPattern("data-watch-type=\"group\" data-watch-key=\"WG-\\d+\"")
                .contains("Watch this group");
        assertThat(export).doesNotContain("data-watch-type");
    }

    private String render(String template, Object view) {
        return VELOCITY.render(template, Map.of("view", view, "i18n", new TemplateText(messages)));
    }
}
