package org.connectedcouncils.register.page;

import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionCounts;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.macro.RegisterText;
import org.connectedcouncils.register.domain.PubliccodeSync;
import org.connectedcouncils.register.macro.SolutionCardView;
import org.connectedcouncils.register.service.RegisterQueries.SolutionCard;
import org.connectedcouncils.testing.PropertiesMessages;

/** The register pages' view models over hostile data (markup, quotes, script URLs in every text). */
public final class PageTestViews {

    public static final String HOSTILE = "<script>alert(\"x\")</script> & 'q'";
    public static final String SCRIPT_URL = "javascript:alert(document.cookie)";
    static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");
    static final RegisterText TEXT = new RegisterText(new DisplayText(new PropertiesMessages()));

    private PageTestViews() {
    }

    public static Solution solution(EntryState state) {
        return new Solution(SolutionKey.of(12), aSolution().named("Name " + HOSTILE).withSummary("Summary " + HOSTILE)
                .withDescription("Description " + HOSTILE + "\n\nSecond paragraph " + HOSTILE)
                .withOutcomes("Outcomes " + HOSTILE).withKeyContact("contact " + HOSTILE)
                .withLandingUrl(SCRIPT_URL).withRepositoryUrl("https://example.org/repo?a=1&b='2'")
                .withLicence("MIT").withPlatforms("web").withCategories("case-management")
                .withCosts(Money.of(1_250_000, "GBP"), Money.of(300_000, "GBP"), Money.of(4_000_000, "GBP"))
                .ownedBy(BRIGHTON).inAreas("waste").build(), state, new AdoptionCounts(1, 0, 0), NOW, "u1", NOW,
                null, 3);
    }

    public static SolutionCard card(EntryState state) {
        Solution s = solution(state);
        Adoption adoption = new Adoption(s.key(), HACKNEY, AdoptionState.USING, null, null, "u2", NOW, null, null);
        return new SolutionCard(s, new Page<>(List.of(adoption), 0, 100, 1), councils(), areas(), true, true,
                List.of(councils().get(HACKNEY)), new ConfirmationRule(180, NOW));
    }

    public static Map<org.connectedcouncils.common.domain.CouncilCode, Council> councils() {
        return Map.of(BRIGHTON, new Council(BRIGHTON, "Council " + HOSTILE, CouncilType.UNITARY, "", false),
                HACKNEY, new Council(HACKNEY, "London Borough of Hackney", CouncilType.LONDON_BOROUGH, "", false));
    }

    public static List<ServiceArea> areas() {
        return List.of(new ServiceArea("waste", "Waste " + HOSTILE, false), new ServiceArea("housing", "Housing",
                false));
    }

    public static Page<HistoryEntry> history() {
        SolutionKey key = SolutionKey.of(12);
        return new Page<>(List.of(
                new HistoryEntry(key, "solution", "name", "Old " + HOSTILE, "New " + HOSTILE, "user " + HOSTILE, NOW),
                new HistoryEntry(key, "adoption:E09000012", "state", null, "using", "u2", NOW)), 25, 25, 60);
    }

    /** The publiccode.yml part of an entry page for an editor, after a failed sync with hostile text everywhere. */
    public static SyncPanelView sync() {
        String hostile = HOSTILE;
        Solution s = solution(EntryState.PUBLISHED);
        return SyncPanelView.of("e", "/rest", s, java.util.Optional.of(new PubliccodeSync(s.key(),
                "https://example.org/" + hostile, java.time.Instant.parse("2026-12-01T05:30:00Z"),
                PubliccodeSync.Result.FAILED, java.util.List.of(new PubliccodeSync.Problem(hostile, 3,
                        "connected-councils.publiccode.sync.logo", java.util.List.of(hostile)),
                        new PubliccodeSync.Problem("", 0, "connected-councils.publiccode.sync.refused.httpStatus",
                                java.util.List.of("404"))))), true, TEXT).orElseThrow();
    }

    /** The editor's note while an entry syncs from a publiccode.yml whose address carries hostile text. */
    public static SyncNoteView syncNote() {
        return SyncNoteView.of("cc-editor", java.util.Optional.of(new PubliccodeSync(SolutionKey.of(12),
                "https://example.org/" + HOSTILE, null, null, null)), TEXT).orElseThrow();
    }

    public static EntryPageView entry(EntryState state) {
        return entry(state, history(), HistoryNames.NONE);
    }

    static EntryPageView entry(EntryState state, Page<HistoryEntry> history, HistoryNames names) {
        return entry(card(state), history, names, true);
    }

    static EntryPageView entry(SolutionCard card, Page<HistoryEntry> history, HistoryNames names,
            boolean contactActive) {
        EntryState state = card.solution().state();
        SolutionCardView cardView = SolutionCardView.of("e-card", card, OutputMode.INTERACTIVE, TEXT);
        return EntryPageView.of("e", cardView, card, history, names, contactActive,
                new EntryPageView.Allowed(true, state == EntryState.DRAFT, state == EntryState.PUBLISHED,
                        state == EntryState.PUBLISHED, state == EntryState.DRAFT, true),
                new EntryPageView.Addresses("/edit", "/export", "/new", "/CC-12?history=", "/similar", "/{key}"),
                TEXT, List.of());
    }

    public static EditorView editor() {
        return EditorView.edit("ed", "CC-12", "Name " + HOSTILE,
                List.copyOf(councils().values()), areas(),
                new EditorView.Addresses("/rest", "/rest/similar", "/{key}", "/back", "/import"), TEXT);
    }

    public static ImportPageView importer() {
        EditorView editor = EditorView.create("im", List.copyOf(councils().values()), areas(),
                new EditorView.Addresses("/rest", "/rest/similar", "/{key}", "/back", "/import"), TEXT);
        return ImportPageView.of("im", "/rest/import/publiccode", editor, "/{key}/edit", TEXT);
    }
}
