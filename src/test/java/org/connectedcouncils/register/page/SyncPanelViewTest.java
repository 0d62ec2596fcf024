package org.connectedcouncils.register.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.connectedcouncils.common.i18n.TemplateText;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.PubliccodeSync;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.junit.Test;

/** The publiccode.yml part of the entry page and the editor's note, rendered by the real templates. */
public class SyncPanelViewTest {

    private final VelocityTemplateRenderer velocity = new VelocityTemplateRenderer();
    private final TemplateText i18n = new TemplateText(new PropertiesMessages());

    @Test
    public void aFailedSync_showsWhenItRan_andEveryProblemWithItsLine_escaped() {
        String html = velocity.render(RegisterPages.SYNC, Map.of("view", PageTestViews.sync(), "i18n", i18n));

        assertThat(html).contains("Last synced").contains("failed, the entry was left as it was")
                .contains("Problems (2)").contains("Line 3, &lt;script&gt;")
                .contains("The server answered with HTTP status 404 instead of the file.")
                .contains("Sync now").contains("data-rest=\"/rest/CC-12/publiccode-sync\"")
                .doesNotContain("<script>");
    }

    @Test
    public void aReaderWhoMayNotEdit_seesTheStateButNoForm_andNothingWhenNoUrlIsSet() {
        Solution s = PageTestViews.solution(EntryState.PUBLISHED);
        PubliccodeSync synced = new PubliccodeSync(s.key(), "https://example.org/publiccode.yml",
                Instant.parse("2026-12-01T05:30:00Z"), PubliccodeSync.Result.UPDATED, List.of());
        SyncPanelView reader = SyncPanelView.of("e", "/rest", s, Optional.of(synced), false, PageTestViews.TEXT)
                .orElseThrow();
        assertThat(reader.forms()).isEmpty();
        assertThat(reader.syncButtons()).isEmpty();
        assertThat(reader.problemHeadings()).isEmpty();
        assertThat(reader.facts()).extracting(f -> f.value()).contains("https://example.org/publiccode.yml");
        assertThat(SyncPanelView.of("e", "/rest", s, Optional.empty(), false, PageTestViews.TEXT)).isEmpty();
        assertThat(SyncPanelView.of("e", "/rest", s, Optional.empty(), true, PageTestViews.TEXT)).get()
                .satisfies(v -> assertThat(v.syncButtons()).as("no Sync now before an address").isEmpty());
    }

    @Test
    public void theEditorNote_namesTheSourceAndTheMappedFields() {
        String html = velocity.render(RegisterPages.SYNC_NOTE, Map.of("view", PageTestViews.syncNote(), "i18n", i18n));

        assertThat(html).contains("data-fields=\"categories description landingUrl licence maintenance name phase "
                + "platforms repositoryUrl softwareType summary\"").contains("read-only").doesNotContain("<script>");
    }
}
