package org.connectedcouncils.register.macro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.i18n.TemplateText;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.council.domain.UkOutline;
import org.connectedcouncils.council.view.CouncilMap;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.junit.Test;

/**
 * The register's maps as real Velocity renders them through the one shared fragment: the entry's (marks, legend,
 * table, unplaced) and the adoption figures' (each adopting council once, by its furthest state).
 */
public class AdoptionMapsTest {

    private final RegisterText text = new RegisterText(new DisplayText(new PropertiesMessages()));
    private final VelocityTemplateRenderer velocity = new VelocityTemplateRenderer();

    @Test
    public void staticCard_drawsOwnerAndAdoptersWithDistinctMarksALegendAndATable() {
        SolutionCardView view = SolutionCardView.of("s", MacroTestData.card(false, false), OutputMode.STATIC, text);

        String html = velocity.render(SolutionCardMacro.STATIC_CARD, Map.of("view", view, "i18n",
                new TemplateText(new PropertiesMessages())));

        CouncilMap map = view.maps().get(0);
        assertThat(map.marks()).hasSize(2);
        assertThat(map.marks()).extracting(CouncilMap.Mark::shape)
                .containsExactly(shape(CouncilMap.Symbol.DISC), shape(CouncilMap.Symbol.STAR));
        assertThat(map.legend()).extracting(CouncilMap.Legend::label)
                .containsExactly("Owner", "Using", "Evaluating", "Stopped");
        assertThat(map.unplaced()).singleElement().asString().contains("Leeds City Council");
        assertThat(html).contains("<svg", "role=\"img\"", "class=\"aui cc-map-table\"", "cc-map-legend")
                .contains("Council &quot;&lt;i&gt;of&lt;/i&gt;&quot; Evil: Owner")
                .doesNotContain("<i>of</i>").doesNotContain("<script");
    }

    @Test
    public void card_carriesTheUkOutlineInlineOnlyForExport_onScreenTheStylesDrawItFromTheStaticPicture()
            throws Exception {
        String path = UkOutline.bundled().path();
        TemplateText i18n = new TemplateText(new PropertiesMessages());
        String exported = velocity.render(SolutionCardMacro.STATIC_CARD, Map.of("view", SolutionCardView.of("s",
                MacroTestData.card(false, false), OutputMode.STATIC, text), "i18n", i18n));
        String screen = velocity.render(SolutionCardMacro.CARD, Map.of("view", SolutionCardView.of("s",
                MacroTestData.card(false, false), OutputMode.INTERACTIVE, text), "i18n", i18n));

        assertThat(exported).contains("<path d=\"" + path + "\"").doesNotContain("cc-map-outlined");
        assertThat(screen).contains("class=\"cc-map-svg cc-map-outlined\"", "role=\"img\"",
                "<title id=\"s-map-title\">").doesNotContain(path.substring(0, 40));
        // the static picture the styles show is the same outline, in the same box
        try (InputStream in = getClass().getResourceAsStream("/web/register/uk-outline.svg")) {
            String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(svg).contains("viewBox=\"0 0 " + UkOutline.bundled().width() + " "
                    + UkOutline.bundled().height() + "\"", "<path d=\"" + path + "\"");
        }
    }

    @Test
    public void figures_markEachAdoptingCouncilOnceByItsFurthestState_inDisplayAndExport() {
        AdoptionFiguresView view = AdoptionFiguresView.of("f", MacroTestData.figures(), text);

        String html = velocity.render(AdoptionFiguresMacro.FIGURES, Map.of("view", view, "i18n",
                new TemplateText(new PropertiesMessages())));

        CouncilMap map = view.maps().get(0);
        assertThat(map.rows()).extracting(CouncilMap.Row::role).containsExactly(
                "2 using, 0 evaluating, 1 stopped", "0 using, 0 evaluating, 1 stopped",
                "0 using, 1 evaluating, 0 stopped");
        assertThat(map.marks()).extracting(CouncilMap.Mark::shape)
                .containsExactly(shape(CouncilMap.Symbol.DISC), shape(CouncilMap.Symbol.SQUARE));
        assertThat(map.unplaced()).singleElement().asString().contains("Leeds City Council");
        assertThat(html).contains("class=\"cc-map\"", "Council &quot;&lt;i&gt;of&lt;/i&gt;&quot; Evil")
                .doesNotContain("<i>of</i>", "<script");
    }

    @Test
    public void figures_withoutAdoptersDrawNoMap() {
        var none = new org.connectedcouncils.register.service.RegisterQueries.RegisterFigures(
                MacroTestData.figures().figures(), MacroTestData.areas(), Map.of(), Map.of());

        assertThat(AdoptionFiguresView.of("f", none, text).maps()).isEmpty();
    }

    @Test
    public void councilProfile_drawsItsMapAndMaturityThroughTheSharedFragments_escapingEveryName() {
        var profile = MacroTestData.profile();
        var maturity = new org.connectedcouncils.maturity.domain.CouncilMaturity(profile.council(), List.of(
                new org.connectedcouncils.maturity.domain.CouncilMaturity.Bar(MacroTestData.areas().get(0), null, 2.5)),
                Map.of());
        var view = org.connectedcouncils.profile.macro.CouncilProfileView.of(profile,
                new org.connectedcouncils.common.macro.SolutionPages(""), text.display())
                .withPictures(org.connectedcouncils.profile.macro.CouncilPictures.of("p", profile, maturity,
                        text.display()));

        String html = velocity.render("templates/register/council.vm", Map.of("view", view, "i18n",
                new TemplateText(new PropertiesMessages())));

        assertThat(html).contains("class=\"cc-council-pictures\"", "class=\"cc-map\"", "cc-council-maturity-table",
                "Waste &lt;b&gt;&amp; recycling&lt;/b&gt;", "Council &quot;&lt;i&gt;of&lt;/i&gt;&quot; Evil: This council",
                "x1=\"300\"").doesNotContain("<b>& recycling", "<i>of</i>", "<script");
    }

    private static String shape(CouncilMap.Symbol symbol) {
        return symbol.legend("").shape();
    }

    @Test
    public void aCouncilBeyondTheMapIsListedNotDrawn() {
        var amsterdam = new org.connectedcouncils.council.domain.CouncilPlace("", "NL", 52.37, 4.89);

        assertThat(org.connectedcouncils.council.domain.UkOutline.bundled().locate(amsterdam)).isEmpty();
        assertThat(org.connectedcouncils.council.domain.UkOutline.bundled()
                .locate(new org.connectedcouncils.council.domain.CouncilPlace("Scotland", "GB", 60.15, -1.15)))
                .isPresent();
    }
}
