package org.connectedcouncils.register.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.register.macro.MacroTestData.hostileSolution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.Test;

import org.connectedcouncils.common.i18n.TemplateText;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RequestLocale;
import org.connectedcouncils.testing.VelocityTemplateRenderer;

/**
 * The macros render in the user's language: in Welsh every text, the scripts' texts included, comes from the Welsh
 * file, and the root element says {@code lang="cy"} whatever language the surrounding Confluence page declares.
 */
public class WelshTemplatesTest {

    private static final VelocityTemplateRenderer VELOCITY = new VelocityTemplateRenderer();
    private static final String LANG = "lang=\"$i18n.text('connected-councils.language')\"";
    /** Fragments a script or a page inserts into a root that already carries lang. */
    private static final Set<String> FRAGMENTS = Set.of("table-rows.vm", "table-page.vm", "solution-page.vm",
            "groups-results.vm", "council-map.vm", "council-pictures.vm",
            "council-leads.vm", "council-editor-rights.vm", "council-commitments.vm");

    @Test
    public void registerTable_inWelsh_isWelshWithLangCy_scriptTextsIncluded() {
        String html = renderTable(new PropertiesMessages(() -> RequestLocale.WELSH));

        assertThat(html).startsWith("<section lang=\"cy\" class=\"cc-register\"");
        assertThat(html).contains("data-text-showing=\"Yn dangos {0} o {1} datrysiad\"",
                "Yn dangos 2 o 40 datrysiad", "<option value=\"live\">Byw</option>",
                "<option value=\"retired\">Wedi&#39;i ddirwyn i ben</option>", "Clirio&#39;r hidlwyr");
        assertThat(html).doesNotContain("Showing", ">Phase<", "Clear filters");
    }

    @Test
    public void registerTable_inEnglish_saysLangEnGb() {
        String html = renderTable(new PropertiesMessages(() -> RequestLocale.ENGLISH));

        assertThat(html).startsWith("<section lang=\"en-GB\" class=\"cc-register\"").contains("Showing 2 of 40");
    }

    @Test
    public void dates_takeTheMonthNamesOfTheTextsLanguage() {
        Instant instant = Instant.parse("2026-12-05T23:30:00Z");
        DisplayText welsh = new DisplayText(new PropertiesMessages(() -> RequestLocale.WELSH));
        DisplayText english = new DisplayText(new PropertiesMessages(() -> RequestLocale.ENGLISH));

        assertThat(welsh.shownDate(instant)).isEqualTo("5 Rhag 2026");
        assertThat(welsh.shownDate(LocalDate.of(2026, 2, 1))).isEqualTo("1 Chwef 2026");
        assertThat(english.shownDate(instant)).isEqualTo("5 Dec 2026").isEqualTo(DisplayText.date(instant));
        assertThat(english.shownDate(LocalDate.of(2026, 2, 1))).isEqualTo("1 Feb 2026");
    }

    @Test
    public void everyMacroAndPageTemplate_putsTheTextsLanguageOnItsRoot() throws IOException {
        List<Path> templates;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/resources/templates"))) {
            templates = walk.filter(p -> p.toString().endsWith(".vm"))
                    .filter(p -> !FRAGMENTS.contains(p.getFileName().toString())).sorted().toList();
        }

        assertThat(templates).isNotEmpty().allSatisfy(t -> assertThat(Files.readString(t, StandardCharsets.UTF_8))
                .as("%s: put %s on the root element (issue 25)", t, LANG).contains(LANG));
    }

    private static String renderTable(PropertiesMessages messages) {
        RegisterText text = new RegisterText(new DisplayText(messages));
        RegisterTableView view = RegisterTableView.of("cc-register-cy", RegisterTableRequest.parse(Map.of()),
                MacroTestData.table(40, hostileSolution(1), hostileSolution(2)), OutputMode.INTERACTIVE,
                new SolutionPages("/confluence"), text);
        return VELOCITY.render(RegisterTableMacro.TABLE, Map.of("view", view, "i18n", new TemplateText(messages)))
                .strip();
    }
}
