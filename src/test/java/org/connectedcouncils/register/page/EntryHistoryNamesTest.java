package org.connectedcouncils.register.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.SolutionKey;
import org.junit.Test;

/** The History names people and councils, not user keys and council codes (#15); unknown ones stay as they are. */
public class EntryHistoryNamesTest {

    private static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");
    private static final SolutionKey KEY = SolutionKey.of(12);
    private static final Page<HistoryEntry> HISTORY = new Page<>(List.of(
            new HistoryEntry(KEY, "adoption:E09000012", "state", "evaluating", "using", "user-hackney-editor", AT),
            new HistoryEntry(KEY, "solution", "ownerCouncil", "E06000043", "E09000012", "user-gone", AT)), 0, 25, 2);

    @Test
    public void history_showsDisplayNamesAndCouncilNames() {
        HistoryNames names = new HistoryNames(Map.of("user-hackney-editor", "Hackney editor"),
                Map.of("E09000012", "London Borough of Hackney", "E06000043", "Brighton and Hove City Council"));

        EntryPageView view = PageTestViews.entry(EntryState.PUBLISHED, HISTORY, names);

        assertThat(view.history()).extracting(EntryPageView.HistoryRow::who, EntryPageView.HistoryRow::oldValue,
                EntryPageView.HistoryRow::newValue).containsExactly(
                        tuple("Hackney editor", "Evaluating", "Using"),
                        tuple("user-gone", "Brighton and Hove City Council", "London Borough of Hackney"));
        assertThat(view.history().get(0).field()).contains("London Borough of Hackney").doesNotContain("E09000012");
    }

    @Test
    public void named_collectsEveryPersonAndCouncilOfThePageOnce() {
        Set<String> people = new HashSet<>();
        Set<String> councils = new HashSet<>();

        EntryPageView.named(HISTORY, people, councils);

        assertThat(people).containsExactlyInAnyOrder("user-hackney-editor", "user-gone");
        assertThat(councils).containsExactlyInAnyOrder("E09000012", "E06000043");
    }

    @Test
    public void history_showsLastConfirmedAsDates_andLeavesOtherValuesAsStored() {
        Page<HistoryEntry> history = new Page<>(List.of(
                new HistoryEntry(KEY, "solution", "lastConfirmed", "2025-10-08T09:17:42.246Z",
                        "2026-11-28T23:17:42.246827432Z", "user-hackney-editor", AT),
                new HistoryEntry(KEY, "solution", "lastConfirmed", null, "not-an-instant", "user-hackney-editor", AT),
                new HistoryEntry(KEY, "solution", "summary", null, "2025-10-08T09:17:42Z", "user-hackney-editor", AT)),
                0, 25, 3);

        EntryPageView view = PageTestViews.entry(EntryState.PUBLISHED, history, new HistoryNames(Map.of(), Map.of()));

        assertThat(view.history()).extracting(EntryPageView.HistoryRow::oldValue, EntryPageView.HistoryRow::newValue)
                .containsExactly(tuple("8 Oct 2025", "28 Nov 2026"), tuple("(empty)", "not-an-instant"),
                        tuple("(empty)", "2025-10-08T09:17:42Z"));
    }
}
