package org.connectedcouncils.register.page;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.Hosting;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.macro.RegisterRows;
import org.connectedcouncils.register.macro.RegisterText;
import org.connectedcouncils.register.macro.SolutionCardView;
import org.connectedcouncils.register.service.RegisterQueries.SolutionCard;

/**
 * An entry's own page: every field laid out for reading in sections, the adoption part of its card, the History
 * (a page of it, newest first) and the actions the reader may take. Lists hold only what is there and allowed: an
 * empty section, a button the reader may not use, a pager link with nowhere to go are left out here, not in the
 * template.
 */
public record EntryPageView(
        String id,
        String key,
        String restPath,
        String similarPath,
        String entryPattern,
        String name,
        List<Views.Span> lozenges,
        List<Views.Link> actionLinks,
        List<Views.Option> actionButtons,
        List<String> retireForms,
        List<Section> sections,
        SolutionCardView card,
        List<HistoryRow> history,
        List<String> historyNotes,
        List<Views.Link> historyPager,
        List<Views.Option> scriptTexts,
        List<Views.Option> hostingOptions) {

    static final String PREFIX = "connected-councils.entry.";
    static final String FIELD = "connected-councils.field.";
    static final String CARD = "connected-councils.solution.";
    static final int HISTORY_VALUE_MAX = 300;
    /** History fields of an entry with a label (connected-councils.field.*); another is shown by its name. */
    static final Set<String> ENTRY_FIELDS = Set.of("name", "summary", "description", "kind", "phase", "ownerCouncil",
            "keyContact", "serviceAreas", "offers", "landingUrl", "repositoryUrl", "licence", "softwareType",
            "maintenance", "platforms", "categories", "budgetBand", "oneOffCost", "annualRunningCost", "annualSaving",
            "citizenOutcomes", "state", "lastConfirmed", "created", "syncedFrom");
    /** History fields of an adoption with a label (connected-councils.field.adoption.*). */
    static final Set<String> ADOPTION_FIELDS = Set.of("state", "since", "evidenceUrl", "confirmed");
    /** History fields of an adoption's details, labelled like the adoption table (...solution.adopter.*). */
    static final Set<String> ADOPTION_DETAILS = Set.of("release", "hosting", "supplier", "annualSaving");
    /** Reuse terms and retirement fields, labelled like on the page (connected-councils.solution.*). */
    static final Set<String> CARD_FIELDS = Set.of("reuse.support", "reuse.contact", "reuse.procurementRoute",
            "reuse.dpiaAvailable", "reuse.dpiaUrl", "reuse.accessibilityStatementUrl", "reuse.hostingOptions",
            "reuse.adoptionOneOffCost", "reuse.adoptionAnnualCost", "reuse.adopterNeeds", "retirement.reason",
            "retirement.lessonsLearned", "retirement.replacedBy");

    /** A titled part of the page; only sections with something in them are listed. */
    public record Section(String id, String heading, List<Views.Fact> facts, List<Text> texts,
            List<Views.Link> links, List<SolutionCardView.TagGroup> tags) {

        boolean isEmpty() {
            return facts.isEmpty() && texts.isEmpty() && links.isEmpty() && tags.isEmpty();
        }
    }

    /** A long text under its label, as paragraphs (split at blank lines). */
    public record Text(String label, List<String> paragraphs) {
    }

    /** One line of the History: when, who, which field (of the entry or a council's adoption), from and to. */
    public record HistoryRow(String when, String who, String field, String oldValue, String newValue) {
    }

    /** What the reader may do, decided by the register's rules before the page is built. */
    record Allowed(boolean edit, boolean publish, boolean retire, boolean confirm, boolean delete, boolean create) {
    }

    /** Where the page's links go. */
    record Addresses(String editHref, String exportHref, String createHref, String historyHref, String similarPath,
            String entryPattern) {
    }

    static EntryPageView of(String id, SolutionCardView card, SolutionCard data, Page<HistoryEntry> history,
            HistoryNames names, boolean contactActive,
            Allowed allowed, Addresses at, RegisterText text, List<Section> extraSections) {
        Solution s = data.solution();
        SolutionContent c = s.content();
        List<Views.Span> lozenges = new ArrayList<>();
        lozenges.add(card.phase());
        if (!s.isPublished()) {
            lozenges.add(new Views.Span(text.text(PREFIX + "draft"), "aui-lozenge aui-lozenge-moved"));
        }
        lozenges.addAll(card.confirmationDue());
        boolean noContact = !contactActive && c.keyContact() != null && !c.keyContact().isBlank();
        if (noContact) {
            lozenges.add(new Views.Span(text.text(PREFIX + "contact.none"),
                    "aui-lozenge aui-lozenge-removed cc-no-contact"));
        }

        List<Views.Link> links = new ArrayList<>();
        List<Views.Option> buttons = new ArrayList<>();
        if (allowed.edit()) {
            links.add(new Views.Link(text.text(PREFIX + "action.edit"), at.editHref()));
        }
        if (allowed.publish()) {
            buttons.add(new Views.Option("publish", text.text(PREFIX + "action.publish")));
        }
        if (allowed.confirm()) {
            buttons.add(new Views.Option("confirm", text.text(PREFIX + "action.confirm")));
        }
        if (allowed.retire()) {
            buttons.add(new Views.Option("retire", text.text(PREFIX + "action.retire")));
        }
        if (allowed.delete()) {
            buttons.add(new Views.Option("delete", text.text(PREFIX + "action.delete")));
        }
        links.add(new Views.Link(text.text(PREFIX + "action.export"), at.exportHref()));
        if (allowed.create()) {
            links.add(new Views.Link(text.text(PREFIX + "action.create"), at.createHref()));
        }

        List<Section> sections = new ArrayList<>();
        sections.add(new Section("retirement", text.text(PREFIX + "section.retirement"), card.retirement(),
                List.of(), List.of(), List.of()));
        sections.add(about(c, text));
        sections.add(facts(data, noContact, text));
        sections.add(money(c, text));
        sections.add(new Section("links", text.text(PREFIX + "section.links"), List.of(), List.of(),
                card.links(), card.tagGroups()));
        sections.add(new Section("reuse", text.text(PREFIX + "section.reuse"), card.reuseTerms(), List.of(),
                card.reuseLinks(), List.of()));
        sections.add(software(c, text));
        sections.addAll(extraSections);

        Map<String, String> areaNames = new HashMap<>();
        data.serviceAreas().forEach(a -> areaNames.put(a.code(), a.nameFor(text.welsh())));
        HistoryValues values = new HistoryValues(text, areaNames::get);
        List<HistoryRow> rows = history.items().stream().map(h -> row(h, names, values, text)).toList();
        List<String> notes = rows.isEmpty() ? List.of(text.text(PREFIX + "history.none"))
                : List.of(text.text(PREFIX + "history.showing", DisplayText.number(history.start() + 1),
                        DisplayText.number(history.start() + rows.size()), DisplayText.number(history.total())));
        List<Views.Link> pager = new ArrayList<>();
        if (history.start() > 0) {
            pager.add(new Views.Link(text.text(PREFIX + "history.newer"),
                    at.historyHref() + Math.max(0, history.start() - history.limit()) + "#" + id + "-history"));
        }
        if (history.start() + rows.size() < history.total()) {
            pager.add(new Views.Link(text.text(PREFIX + "history.older"),
                    at.historyHref() + (history.start() + history.limit()) + "#" + id + "-history"));
        }
        return new EntryPageView(id, s.key().toString(), card.restPath(), at.similarPath(), at.entryPattern(),
                c.name(), lozenges, links, buttons,
                allowed.retire() ? List.of(text.text(PREFIX + "retire.title")) : List.of(),
                sections.stream().filter(x -> !x.isEmpty()).toList(), card, rows, notes, pager, scriptTexts(text),
                Arrays.stream(Hosting.values()).map(h -> new Views.Option(h.code(), text.hosting(h))).toList());
    }

    private static Section about(SolutionContent c, RegisterText text) {
        List<Text> texts = new ArrayList<>();
        paragraphs(texts, text.text(FIELD + "summary"), c.summary());
        paragraphs(texts, text.text(FIELD + "description"), c.description());
        paragraphs(texts, text.text(FIELD + "citizenOutcomes"), c.citizenOutcomes());
        return new Section("about", text.text(PREFIX + "section.about"), List.of(), texts, List.of(), List.of());
    }

    private static Section facts(SolutionCard card, boolean noContact, RegisterText text) {
        Solution s = card.solution();
        SolutionContent c = s.content();
        List<Views.Fact> facts = new ArrayList<>();
        facts.add(new Views.Fact(text.text(FIELD + "ownerCouncil"),
                RegisterRows.councilName(c.ownerCouncil(), card.councils())));
        facts.addAll(SolutionCardView.succession(c.ownerCouncil(), card.councils(), text));
        facts.add(new Views.Fact(text.text(FIELD + "kind"), text.kind(c.kind())));
        facts.add(new Views.Fact(text.text(FIELD + "phase"), text.phase(c.phase())));
        fact(facts, text.text(FIELD + "keyContact"), noContact
                ? text.text(PREFIX + "contact.gone", c.keyContact()) : c.keyContact());
        fact(facts, text.text(FIELD + "licence"), c.licence());
        facts.add(new Views.Fact(text.text(FIELD + "lastConfirmed"), s.lastConfirmed() == null
                ? text.text(CARD + "neverConfirmed") : text.date(s.lastConfirmed())));
        facts.add(new Views.Fact(text.text(PREFIX + "created"), text.date(s.created())));
        facts.add(new Views.Fact(text.text(CARD + "updated"), text.date(s.updated())));
        facts.add(new Views.Fact(text.text(PREFIX + "version"), DisplayText.number(s.version())));
        return new Section("facts", text.text(PREFIX + "section.facts"), facts, List.of(), List.of(), List.of());
    }

    private static Section money(SolutionContent c, RegisterText text) {
        List<Views.Fact> facts = new ArrayList<>();
        money(facts, text.text(FIELD + "oneOffCost"), c.oneOffCost());
        money(facts, text.text(FIELD + "annualRunningCost"), c.annualRunningCost());
        money(facts, text.text(FIELD + "annualSaving"), c.annualSaving());
        if (c.budgetBand() != null) {
            facts.add(new Views.Fact(text.text(FIELD + "budgetBand"),
                    text.text(EditorView.VALUE + "budgetBand." + c.budgetBand().code())));
        }
        return new Section("money", text.text(PREFIX + "section.money"), facts, List.of(), List.of(), List.of());
    }

    private static Section software(SolutionContent c, RegisterText text) {
        List<Views.Fact> facts = new ArrayList<>();
        if (c.softwareType() != null) {
            facts.add(new Views.Fact(text.text(FIELD + "softwareType"),
                    text.text(EditorView.VALUE + "softwareType." + c.softwareType().code())));
        }
        if (c.maintenance() != null) {
            facts.add(new Views.Fact(text.text(FIELD + "maintenance"),
                    text.text(EditorView.VALUE + "maintenance." + c.maintenance().code())));
        }
        fact(facts, text.text(FIELD + "platforms"), String.join(", ", c.platforms()));
        fact(facts, text.text(FIELD + "categories"), String.join(", ", c.categories()));
        return new Section("software", text.text(PREFIX + "section.software"), facts, List.of(), List.of(),
                List.of());
    }

    private static HistoryRow row(HistoryEntry h, HistoryNames names, HistoryValues values, RegisterText text) {
        String adopter = h.adopterCode();
        boolean adoption = adopter != null;
        String field = fieldLabel(adoption, h.field(), text);
        if (adoption) {
            field = text.text(PREFIX + "history.adoptionField", names.council(adopter), field);
        }
        boolean council = !adoption && "ownerCouncil".equals(h.field());
        boolean instant = !adoption && "lastConfirmed".equals(h.field());
        return new HistoryRow(text.date(h.at()), names.person(h.actor()), field,
                shortened(council ? names.council(h.oldValue()) : instant ? date(h.oldValue(), text)
                        : values.shown(adoption, h.field(), h.oldValue()), text),
                shortened(council ? names.council(h.newValue()) : instant ? date(h.newValue(), text)
                        : values.shown(adoption, h.field(), h.newValue()), text));
    }

    /** A stored instant (ISO-8601) as a date for reading; anything else as it was stored. */
    private static String date(String stored, RegisterText text) {
        if (stored == null) {
            return null;
        }
        try {
            return text.date(Instant.parse(stored));
        } catch (DateTimeParseException e) {
            return stored;
        }
    }

    /** The user keys and council codes a page of History names, to be looked up once for the page. */
    static void named(Page<HistoryEntry> history, Set<String> people, Set<String> councils) {
        for (HistoryEntry h : history.items()) {
            if (h.actor() != null) {
                people.add(h.actor());
            }
            if (h.adopterCode() != null) {
                councils.add(h.adopterCode());
            } else if ("ownerCouncil".equals(h.field())) {
                Arrays.asList(h.oldValue(), h.newValue()).forEach(v -> {
                    if (v != null) {
                        councils.add(v);
                    }
                });
            }
        }
    }

    /** The label of a History field: the entry's and adoption's fields, reuse terms, retirement; else its name. */
    private static String fieldLabel(boolean adoption, String field, RegisterText text) {
        if (adoption) {
            return ADOPTION_FIELDS.contains(field) ? text.text(FIELD + "adoption." + field)
                    : ADOPTION_DETAILS.contains(field) ? text.text(CARD + "adopter." + field) : field;
        }
        if (ENTRY_FIELDS.contains(field)) {
            return text.text(FIELD + field);
        }
        return CARD_FIELDS.contains(field) ? text.text(CARD + field) : field;
    }

    private static String shortened(String value, RegisterText text) {
        if (value == null || value.isEmpty()) {
            return text.text(PREFIX + "history.empty");
        }
        return value.length() <= HISTORY_VALUE_MAX ? value
                : value.substring(0, HISTORY_VALUE_MAX) + text.text(PREFIX + "history.more");
    }

    static void paragraphs(List<Text> texts, String label, String value) {
        if (value != null && !value.isBlank()) {
            texts.add(new Text(label, Arrays.stream(value.trim().split("\\R\\s*\\R"))
                    .map(String::trim).filter(p -> !p.isEmpty()).toList()));
        }
    }

    static void fact(List<Views.Fact> facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Views.Fact(label, value));
        }
    }

    private static void money(List<Views.Fact> facts, String label, Money money) {
        if (money != null) {
            facts.add(new Views.Fact(label, RegisterText.money(money)));
        }
    }

    /** Whether the entry may be retired by an editor: published and not retired already. */
    static boolean retirable(Solution s) {
        return s.isPublished() && s.content().phase() != Phase.RETIRED;
    }

    private static List<Views.Option> scriptTexts(RegisterText text) {
        List<Views.Option> out = new ArrayList<>();
        for (String name : List.of("published", "confirmed", "retired", "deleted", "error", "similar-title",
                "similar-none", "similar-owner", "similar-adopt", "publish-anyway", "cancel", "delete-confirm",
                "delete-question", "working")) {
            out.add(new Views.Option(name, text.text(PREFIX + "script." + name)));
        }
        return out;
    }
}
