package org.connectedcouncils.register.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.register.macro.MacroTestData.hostileSolution;

import java.util.List;
import java.util.Map;

import org.junit.Test;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.i18n.TemplateText;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.maturity.domain.Leader;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.service.RegisterQueries.RegisterTable;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RequestLocale;
import org.connectedcouncils.testing.VelocityTemplateRenderer;

/** Service-area names are the admins' data: Welsh readers see an area's Welsh name, or its English one without. */
public class ServiceAreaWelshTest {

    private static final List<ServiceArea> AREAS = List.of(
            new ServiceArea("waste", "Waste and recycling", false, "Gwastraff ac ailgylchu"),
            new ServiceArea("housing", "Housing", false));

    @Test
    public void nameFor_isTheWelshName_whenGiven_elseTheEnglish() {
        assertThat(AREAS.get(0).nameFor(true)).isEqualTo("Gwastraff ac ailgylchu");
        assertThat(AREAS.get(0).nameFor(false)).isEqualTo("Waste and recycling");
        assertThat(AREAS.get(1).nameFor(true)).isEqualTo("Housing");
        assertThat(new ServiceArea("parks", "Parks", false, " ").nameCy()).as("blank is none").isNull();
        Leader leader = new Leader(null, "Brighton", "waste", "Waste and recycling", null, null,
                "Gwastraff ac ailgylchu");
        assertThat(leader.areaNameFor(true)).isEqualTo("Gwastraff ac ailgylchu");
        assertThat(new Leader(null, "Brighton", "housing", "Housing", null, null).areaNameFor(true))
                .isEqualTo("Housing");
    }

    @Test
    public void registerTable_inWelsh_namesTheAreasInWelsh_fallingBackToEnglish() {
        String html = render(RequestLocale.WELSH);

        assertThat(html).contains("<option value=\"waste\">Gwastraff ac ailgylchu</option>",
                "<option value=\"housing\">Housing</option>");
        assertThat(html).doesNotContain("Waste and recycling");
    }

    @Test
    public void registerTable_inEnglish_keepsTheEnglishNames() {
        String html = render(RequestLocale.ENGLISH);

        assertThat(html).contains("<option value=\"waste\">Waste and recycling</option>")
                .doesNotContain("Gwastraff");
    }

    private static String render(java.util.Locale locale) {
        PropertiesMessages messages = new PropertiesMessages(() -> locale);
        RegisterTable table = new RegisterTable(new Page<>(List.of(hostileSolution(1)), 0, 25, 1),
                MacroTestData.councils(), AREAS, MacroTestData.FRESH, null);
        RegisterTableView view = RegisterTableView.of("cc-register-areas", RegisterTableRequest.parse(Map.of()),
                table, OutputMode.INTERACTIVE, new SolutionPages("/confluence"),
                new RegisterText(new DisplayText(messages)));
        return new VelocityTemplateRenderer().render(RegisterTableMacro.TABLE,
                Map.of("view", view, "i18n", new TemplateText(messages)));
    }
}
