package org.connectedcouncils.register.macro;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.view.CouncilMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionDetails;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.Retirement;
import org.connectedcouncils.register.domain.ReuseTerms;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.service.RegisterQueries.SolutionCard;

/**
 * What the solution card templates show. Links are only the entry's http(s) addresses; the actions (declare
 * adoption, mark still current) are lists of zero or one form, filled only for users allowed and only on screen;
 * {@code confirmationDue} is zero or one lozenge, shown to every reader while the entry is due for confirmation.
 * {@code reuseTerms}, {@code reuseLinks} and {@code retirement} (and each adopter's {@code details}) hold only what
 * was stated.
 */
public record SolutionCardView(
        String id,
        String key,
        String restPath,
        String name,
        String summary,
        Views.Span phase,
        List<Views.Span> confirmationDue,
        List<Views.Fact> facts,
        List<TagGroup> tagGroups,
        List<Views.Link> links,
        List<Views.Fact> adoptionCounts,
        List<Adopter> adopters,
        List<String> adopterNotes,
        List<CouncilMap> maps,
        List<DeclareForm> declareForms,
        List<String> confirmActions,
        List<Views.Option> scriptTexts,
        List<Views.Fact> reuseTerms,
        List<Views.Link> reuseLinks,
        List<Views.Fact> retirement) {

    static final String PREFIX = "connected-councils.solution.";

    /** A labelled set of tags (service areas, offers); only groups with tags are listed. */
    public record TagGroup(String label, List<Views.Span> tags) {
    }

    /**
     * One council's adoption as the card lists it; {@code marks} holds "Lapsed" for one nobody re-confirmed, and
     * {@code reconfirmButtons} the adopter's re-confirmation, for those who may give it.
     */
    public record Adopter(String council, Views.Span state, String confirmation, List<Views.Option> confirmButtons,
            List<Views.Fact> details, List<Views.Span> marks, List<Views.Option> reconfirmButtons) {
    }

    /** The declare-adoption form: the councils the user may declare for and the states to choose from. */
    public record DeclareForm(List<Views.Option> councils, List<Views.Option> states) {
    }

    /**
     * "X has ended; its successor is Y" when the entry's owner ended (no fact otherwise): on the card and the entry
     * page. {@code councils} holds the owner and its successor (read with the card).
     */
    public static List<Views.Fact> succession(CouncilCode ownerCode, Map<CouncilCode, Council> councils,
            RegisterText text) {
        Council owner = councils.get(ownerCode);
        if (owner == null || owner.successor() == null) {
            return List.of();
        }
        return List.of(new Views.Fact(text.text("connected-councils.council.succession.label"),
                text.text("connected-councils.council.succession.entry", owner.name(),
                        RegisterRows.councilName(owner.successor(), councils))));
    }

    public static SolutionCardView of(String id, SolutionCard card, OutputMode mode, RegisterText text) {
        Solution s = card.solution();
        SolutionContent c = s.content();
        Map<String, String> areaNames = card.serviceAreas().stream()
                .collect(Collectors.toMap(ServiceArea::code, a -> a.nameFor(text.welsh()), (a, b) -> a));
        List<Views.Fact> facts = new ArrayList<>();
        facts.add(new Views.Fact(text.text(PREFIX + "owner"),
                RegisterRows.councilName(c.ownerCouncil(), card.councils())));
        facts.addAll(succession(c.ownerCouncil(), card.councils(), text));
        facts.add(new Views.Fact(text.text(PREFIX + "kind"), text.kind(c.kind())));
        if (c.licence() != null) {
            facts.add(new Views.Fact(text.text(PREFIX + "licence"), c.licence()));
        }
        money(facts, text.text(PREFIX + "oneOffCost"), c.oneOffCost());
        money(facts, text.text(PREFIX + "annualRunningCost"), c.annualRunningCost());
        money(facts, text.text(PREFIX + "annualSaving"), c.annualSaving());
        facts.add(new Views.Fact(text.text(PREFIX + "lastConfirmed"), s.lastConfirmed() == null
                ? text.text(PREFIX + "neverConfirmed") : text.date(s.lastConfirmed())));
        facts.add(new Views.Fact(text.text(PREFIX + "updated"), text.date(s.updated())));

        List<Views.Link> links = new ArrayList<>();
        link(links, text.text(PREFIX + "landingUrl"), c.landingUrl());
        link(links, text.text(PREFIX + "repositoryUrl"), c.repositoryUrl());

        List<Views.Fact> counts = new ArrayList<>();
        for (AdoptionState state : AdoptionState.values()) {
            counts.add(new Views.Fact(text.adoption(state), DisplayText.number(s.adoptions().of(state))));
        }
        boolean mayConfirm = mode.isInteractive() && card.canConfirmAdoptions();
        Set<CouncilCode> mayReconfirm = mode.isInteractive()
                ? card.canDeclareFor().stream().map(Council::code).collect(Collectors.toSet()) : Set.of();
        List<Adopter> adopters = card.adoptions().items().stream()
                .map(a -> new Adopter(RegisterRows.councilName(a.council(), card.councils()),
                        new Views.Span(text.adoption(a.state()), "cc-adoption-" + a.state().code()),
                        confirmation(a, text), mayConfirm && !a.isConfirmed()
                                ? List.of(new Views.Option(a.council().value(),
                                        text.text(PREFIX + "action.confirmAdoption")))
                                : List.of(), adoptionDetails(a.details(), text),
                        a.isLapsed() ? List.of(new Views.Span(text.text(PREFIX + "adopter.lapsed"),
                                "aui-lozenge aui-lozenge-removed cc-adoption-lapsed")) : List.of(),
                        a.isLapsed() && mayReconfirm.contains(a.council())
                                ? List.of(new Views.Option(a.council().value(),
                                        text.text(PREFIX + "action.reconfirmAdoption")))
                                : List.of()))
                .toList();
        List<String> notes = new ArrayList<>();
        if (adopters.isEmpty()) {
            notes.add(text.text(PREFIX + "noAdopters"));
        } else if (card.adoptions().hasNext()) {
            notes.add(text.text("connected-councils.register.table.capped", DisplayText.number(adopters.size()),
                    DisplayText.number(card.adoptions().total())));
        }
        boolean interactive = mode.isInteractive();
        List<DeclareForm> declare = interactive && !card.canDeclareFor().isEmpty()
                ? List.of(new DeclareForm(
                        card.canDeclareFor().stream().map(k -> new Views.Option(k.code().value(), k.name())).toList(),
                        java.util.Arrays.stream(AdoptionState.values())
                                .map(st -> new Views.Option(st.code(), text.adoption(st))).toList()))
                : List.of();
        List<String> confirm = interactive && card.canConfirmStillCurrent()
                ? List.of(text.text(PREFIX + "action.confirm")) : List.of();
        List<Views.Option> scriptTexts = List.of(
                new Views.Option("saved", text.text(PREFIX + "script.saved")),
                new Views.Option("confirmed", text.text(PREFIX + "script.confirmed")),
                new Views.Option("adoption-confirmed", text.text(PREFIX + "script.adoptionConfirmed")),
                new Views.Option("adoption-reconfirmed", text.text(PREFIX + "script.adoptionReconfirmed")),
                new Views.Option("error", text.text(PREFIX + "script.error")));
        return new SolutionCardView(id, s.key().toString(), RegisterTableView.REST_PATH + "/" + s.key(), c.name(),
                c.summary(), text.phaseLozenge(c.phase()),
                text.confirmationDue(card.confirmation(), s), facts,
                tagGroups(c, areaNames, text), links, counts, adopters, notes,
                List.of(AdoptionMaps.entry(id, card, text, !interactive)), declare,
                confirm, scriptTexts, reuseTerms(c.reuse(), text), reuseLinks(c.reuse(), text),
                retirement(s.retirement(), text));
    }

    /** The reuse terms an owner stated, each a labelled fact; none when nothing is stated. */
    static List<Views.Fact> reuseTerms(ReuseTerms r, RegisterText text) {
        List<Views.Fact> facts = new ArrayList<>();
        String p = PREFIX + "reuse.";
        fact(facts, text.text(p + "support"), r.support() == null ? null : text.support(r.support()));
        fact(facts, text.text(p + "contact"), r.contact());
        fact(facts, text.text(p + "procurementRoute"), r.procurementRoute() == null ? null
                : text.procurement(r.procurementRoute()));
        fact(facts, text.text(p + "dpiaAvailable"), r.dpiaAvailable() == null ? null
                : text.text(p + (r.dpiaAvailable() ? "yes" : "no")));
        fact(facts, text.text(p + "hostingOptions"), r.hostingOptions().isEmpty() ? null
                : r.sortedHostingOptions().stream().map(text::hosting).collect(Collectors.joining(", ")));
        money(facts, text.text(p + "adoptionOneOffCost"), r.adoptionOneOffCost());
        money(facts, text.text(p + "adoptionAnnualCost"), r.adoptionAnnualCost());
        fact(facts, text.text(p + "adopterNeeds"), r.adopterNeeds());
        return facts;
    }

    /** The reuse terms' links (data protection impact assessment, accessibility statement), http(s) only. */
    static List<Views.Link> reuseLinks(ReuseTerms r, RegisterText text) {
        List<Views.Link> links = new ArrayList<>();
        link(links, text.text(PREFIX + "reuse.dpiaUrl"), r.dpiaUrl());
        link(links, text.text(PREFIX + "reuse.accessibilityStatementUrl"), r.accessibilityStatementUrl());
        return links;
    }

    /** Why a retired entry was retired, what was learned, and its replacement's key; none for other entries. */
    static List<Views.Fact> retirement(Retirement r, RegisterText text) {
        List<Views.Fact> facts = new ArrayList<>();
        if (r != null) {
            fact(facts, text.text(PREFIX + "retirement.reason"), r.reason());
            fact(facts, text.text(PREFIX + "retirement.lessonsLearned"), r.lessonsLearned());
            fact(facts, text.text(PREFIX + "retirement.replacedBy"), r.replacedBy() == null ? null
                    : r.replacedBy().toString());
        }
        return facts;
    }

    /** What an adopter said about its use: release, how it runs, supplier, its own annual saving. */
    static List<Views.Fact> adoptionDetails(AdoptionDetails d, RegisterText text) {
        List<Views.Fact> facts = new ArrayList<>();
        String p = PREFIX + "adopter.";
        fact(facts, text.text(p + "release"), d.release());
        fact(facts, text.text(p + "hosting"), d.hosting() == null ? null : text.hosting(d.hosting()));
        fact(facts, text.text(p + "supplier"), d.supplier());
        money(facts, text.text(p + "annualSaving"), d.annualSaving());
        return facts;
    }

    private static void fact(List<Views.Fact> facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Views.Fact(label, value));
        }
    }

    private static List<TagGroup> tagGroups(SolutionContent c, Map<String, String> areaNames, RegisterText text) {
        List<TagGroup> groups = new ArrayList<>();
        List<Views.Span> areas = c.serviceAreas().stream()
                .map(a -> new Views.Span(areaNames.getOrDefault(a, a), "cc-tag")).toList();
        List<Views.Span> offers = c.sortedOffers().stream().map(o -> new Views.Span(text.offer(o), "cc-tag")).toList();
        if (!areas.isEmpty()) {
            groups.add(new TagGroup(text.text(PREFIX + "serviceAreas"), areas));
        }
        if (!offers.isEmpty()) {
            groups.add(new TagGroup(text.text(PREFIX + "offers"), offers));
        }
        return groups;
    }

    private static void money(List<Views.Fact> facts, String label, Money money) {
        if (money != null) {
            facts.add(new Views.Fact(label, RegisterText.money(money)));
        }
    }

    /** Only absolute http(s) addresses become links: a {@code javascript:} or {@code data:} value never does. */
    static void link(List<Views.Link> links, String label, String url) {
        if (url != null && FieldChecks.isWebUrl(url)) {
            links.add(new Views.Link(label, url.trim()));
        }
    }

    private static String confirmation(Adoption a, RegisterText text) {
        return a.isConfirmed()
                ? text.text(PREFIX + "confirmedOn", text.date(a.confirmedAt()))
                : text.text(PREFIX + "unconfirmed");
    }
}
