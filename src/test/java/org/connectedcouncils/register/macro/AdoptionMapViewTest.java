package org.connectedcouncils.register.macro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.connectedcouncils.common.i18n.TemplateText;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.junit.Test;

/** The entry's map as real Velocity renders it in display and export output: marks, legend, table, unplaced. */
public class AdoptionMapViewTest {

    private final RegisterText text = new RegisterText(new DisplayText(new PropertiesMessages()));
    private final VelocityTemplateRenderer velocity = new VelocityTemplateRenderer();

    @Test
    public void staticCard_drawsOwnerAndAdoptersWithDistinctMarksALegendAndATable() {
        SolutionCardView view = SolutionCardView.of("s", MacroTestData.card(false, false), OutputMode.STATIC, text);

        String html = velocity.render(SolutionCardMacro.STATIC_CARD, Map.of("view", view, "i18n",
                new TemplateText(new PropertiesMessages())));

        AdoptionMapView map = view.maps().get(0);
        assertThat(map.marks()).hasSize(2);
        assertThat(map.marks()).extracting(AdoptionMapView.Mark::shape)
                .containsExactly(AdoptionMapView.Role.USING.shape, AdoptionMapView.Role.OWNER.shape);
        assertThat(map.legend()).extracting(AdoptionMapView.Legend::label)
                .containsExactly("Owner", "Using", "Evaluating", "Stopped");
        assertThat(map.unplaced()).singleElement().asString().contains("Leeds City Council");
        assertThat(html).contains("<svg", "role=\"img\"", "class=\"aui cc-map-table\"", "cc-map-legend")
                .contains("Council &quot;&lt;i&gt;of&lt;/i&gt;&quot; Evil: Owner")
                .doesNotContain("<i>of</i>").doesNotContain("<script");
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
