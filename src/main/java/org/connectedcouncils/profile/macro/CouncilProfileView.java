package org.connectedcouncils.profile.macro;

import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.register.domain.AdoptionFigures;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.service.RegisterQueries.CouncilProfile;
import org.connectedcouncils.register.service.RegisterVocabulary;

/** What the council profile template shows: totals, the entries the council owns, and its adoptions by state. */
public record CouncilProfileView(
        String name,
        String code,
        List<Views.Fact> facts,
        List<Entry> owned,
        List<String> ownedNotes,
        List<Group> adopted,
        List<String> adoptedNotes,
        List<Views.Link> createLinks,
        List<CouncilInvitations> invitations,
        List<CouncilPictures> pictures,
        List<CouncilLeads> leads,
        List<CouncilEditorRights> editorRights,
        List<CouncilCommitmentsPanel> commitments,
        List<CouncilTakeOverPanel> takeOvers,
        boolean interactive) {

    /** The same profile with the council's waiting working-group invitations (for its own editors, on screen). */
    public CouncilProfileView withInvitations(CouncilInvitations waiting) {
        return new CouncilProfileView(name, code, facts, owned, ownedNotes, adopted, adoptedNotes, createLinks,
                List.of(waiting), pictures, leads, editorRights, commitments, takeOvers, interactive);
    }

    /** The same profile with its pictures: the map of the solutions it uses and its maturity. */
    public CouncilProfileView withPictures(CouncilPictures shown) {
        return new CouncilProfileView(name, code, facts, owned, ownedNotes, adopted, adoptedNotes, createLinks,
                invitations, List.of(shown), leads, editorRights, commitments, takeOvers, interactive);
    }

    /** The same profile with the service areas the council offers to lead (and, for its editors, the form). */
    public CouncilProfileView withLeads(CouncilLeads shown) {
        return new CouncilProfileView(name, code, facts, owned, ownedNotes, adopted, adoptedNotes, createLinks,
                invitations, pictures, List.of(shown), editorRights, commitments, takeOvers, interactive);
    }

    /** The same profile with the entries of ended councils waiting for it to take them over (none: no panel). */
    public CouncilProfileView withTakeOvers(List<CouncilTakeOverPanel> shown) {
        return new CouncilProfileView(name, code, facts, owned, ownedNotes, adopted, adoptedNotes, createLinks,
                invitations, pictures, leads, editorRights, commitments, List.copyOf(shown), interactive);
    }

    /** The same profile with the editor-rights panel (none for someone not signed in). */
    public CouncilProfileView withEditorRights(List<CouncilEditorRights> shown) {
        return new CouncilProfileView(name, code, facts, owned, ownedNotes, adopted, adoptedNotes, createLinks,
                invitations, pictures, leads, List.copyOf(shown), commitments, takeOvers, interactive);
    }

    /** The same profile with the council's commitments (and, for its editors, the form to record one). */
    public CouncilProfileView withCommitments(CouncilCommitmentsPanel shown) {
        return new CouncilProfileView(name, code, facts, owned, ownedNotes, adopted, adoptedNotes, createLinks,
                invitations, pictures, leads, editorRights, List.of(shown), takeOvers, interactive);
    }

    /** The same profile on screen, where the reader may watch the council (exports have no buttons). */
    public CouncilProfileView onScreen() {
        return new CouncilProfileView(name, code, facts, owned, ownedNotes, adopted, adoptedNotes, createLinks,
                invitations, pictures, leads, editorRights, commitments, takeOvers, true);
    }

    static final String PREFIX = "connected-councils.council.";
    static final String CAPPED = "connected-councils.register.table.capped";

    /**
     * An entry in one of the profile's lists, with the address of its own page; {@code flags} holds the "not
     * confirmed" lozenge for the council's own entries that are due, so the owner sees what to review.
     */
    public record Entry(String key, String name, String href, Views.Span phase, String detail,
            List<Views.Span> flags) {
    }

    /** The council's adoptions in one state. */
    public record Group(String title, List<Entry> entries) {
    }

    /** The label of the link to the entry editor, and the editor's address after the entry pages' path. */
    static final String CREATE = "connected-councils.entry.action.create";
    static final String NEW_ENTRY = "new";

    public static CouncilProfileView of(CouncilProfile profile, SolutionPages pages, DisplayText text) {
        return of(profile, pages, text, false);
    }

    /** With an "Add to the register" link when the reader may create entries for this council (on screen only). */
    public static CouncilProfileView of(CouncilProfile profile, SolutionPages pages, DisplayText text,
            boolean mayCreate) {
        List<Views.Fact> facts = new ArrayList<>();
        facts.add(new Views.Fact(text.text(PREFIX + "ownedCount"), DisplayText.number(profile.owned().total())));
        facts.add(new Views.Fact(text.text(PREFIX + "adoptedCount"),
                DisplayText.number(profile.adopted().total())));
        savings(facts, text.text(PREFIX + "ownedSavings"), profile.ownedFigures(), text);
        savings(facts, text.text(PREFIX + "adoptedSavings"), profile.adoptedFigures(), text);
        Council council = profile.council();
        if (council.successor() != null) {
            Council next = profile.owners().get(council.successor());
            facts.add(new Views.Fact(text.text(PREFIX + "succession.label"), text.text(PREFIX + "succession.profile",
                    council.ended() == null ? "" : council.ended().toString(),
                    next == null ? council.successor().value() : next.name() + " (" + next.code().value() + ")")));
        }

        List<Entry> owned = profile.owned().items().stream()
                .map(s -> entry(s, text.text(PREFIX + "usedBy", s.adoptions().using()), pages, text,
                        confirmationDue(profile.confirmation(), s, text)))
                .toList();
        List<String> ownedNotes = notes(profile.owned(), text.text(PREFIX + "noneOwned"), text);

        List<Group> groups = new ArrayList<>();
        for (AdoptionState state : AdoptionState.values()) {
            List<Entry> entries = profile.adopted().items().stream()
                    .filter(a -> a.adoption().state() == state)
                    .map(a -> entry(a.solution(), text.text(PREFIX + "ownedBy", ownerName(profile, a.solution())),
                            pages, text, List.of()))
                    .toList();
            if (!entries.isEmpty()) {
                groups.add(new Group(text.label(RegisterVocabulary.ADOPTION, state), entries));
            }
        }
        List<String> adoptedNotes = notes(profile.adopted(), text.text(PREFIX + "noneAdopted"), text);
        return new CouncilProfileView(profile.council().name(), profile.council().code().value(), facts, owned,
                ownedNotes, groups, adoptedNotes, mayCreate
                        ? List.of(new Views.Link(text.text(CREATE), pages.href(NEW_ENTRY)))
                        : List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false);
    }

    private static Entry entry(Solution s, String detail, SolutionPages pages, DisplayText text,
            List<Views.Span> flags) {
        return new Entry(s.key().toString(), s.content().name(), pages.href(s.key().toString()),
                new Views.Span(text.label(RegisterVocabulary.PHASE, s.content().phase()),
                        RegisterVocabulary.lozenge(s.content().phase())), detail, flags);
    }

    /** The "not confirmed" lozenge when the council's own entry is due under {@code rule}. */
    private static List<Views.Span> confirmationDue(ConfirmationRule rule, Solution s, DisplayText text) {
        return rule.isDue(s) ? List.of(new Views.Span(text.text(RegisterVocabulary.CONFIRMATION_DUE,
                DisplayText.number(rule.days())), RegisterVocabulary.CONFIRMATION_DUE_LOZENGE)) : List.of();
    }

    private static String ownerName(CouncilProfile profile, Solution s) {
        var owner = profile.owners().get(s.content().ownerCouncil());
        return owner == null ? s.content().ownerCouncil().value() : owner.name();
    }

    private static void savings(List<Views.Fact> facts, String label, AdoptionFigures figures, DisplayText text) {
        if (figures.annualSavings().isEmpty()) {
            facts.add(new Views.Fact(label, text.text("connected-councils.figures.noSavings")));
        }
        figures.annualSavings().forEach((currency, amount) ->
                facts.add(new Views.Fact(label, DisplayText.money(amount, currency))));
    }

    private static List<String> notes(Page<?> page, String none, DisplayText text) {
        if (page.items().isEmpty() && page.total() == 0) {
            return List.of(none);
        }
        if (page.hasNext()) {
            return List.of(text.text(CAPPED, DisplayText.number(page.items().size()),
                    DisplayText.number(page.total())));
        }
        return List.of();
    }
}
