package org.connectedcouncils.register.service;

import org.connectedcouncils.common.service.ActorProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionCounts;
import org.connectedcouncils.register.domain.AdoptionFigures;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal.NotAuthenticated;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.register.domain.RegisterPolicy;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionList;
import org.connectedcouncils.register.domain.SolutionQuery;

/**
 * Read-side use cases for the macros: each answers one display need (a table, a card, a council profile, figures)
 * with register data joined to council and service-area names, in a fixed number of statements.
 */
public final class RegisterQueries {

    private final SolutionRegister register;
    private final SolutionStore store;
    private final CouncilDirectory councils;
    private final ServiceAreaCatalogue serviceAreas;
    private final ActorProvider actors;

    public RegisterQueries(SolutionRegister register, SolutionStore store, CouncilDirectory councils,
            ServiceAreaCatalogue serviceAreas, ActorProvider actors) {
        this.register = register;
        this.store = store;
        this.councils = councils;
        this.serviceAreas = serviceAreas;
        this.actors = actors;
    }

    /** The council a "councils like mine" choice starts with: the user's own when they edit for exactly one. */
    private static CouncilCode ownCouncil(Actor actor) {
        return actor != null && actor.editorOf().size() == 1 ? actor.editorOf().iterator().next() : null;
    }

    /** A page of entries with the names of their owner councils (and of the council filtered on) and of the areas. */
    public RegisterTable table(SolutionQuery query) {
        SolutionList list = register.list(query.withFacets(false));
        Set<CouncilCode> named = new LinkedHashSet<>();
        list.page().items().forEach(s -> named.add(s.content().ownerCouncil()));
        if (query.ownerCouncil() != null) {
            named.add(query.ownerCouncil());
        }
        Map<CouncilCode, Council> owners = councils.findAll(named);
        return new RegisterTable(list.page(), owners, serviceAreas.all(), register.confirmationRule(), null);
    }

    /**
     * {@link #table(SolutionQuery)}, with the "councils like mine" choice when {@code withLikeChoice} (a register on
     * screen): the directory is then read once (one statement), and that one read names the owners, resolves a
     * "like" filter and fills the choice, in place of a read of the named councils, one of the directory for the
     * filter and one for the choice.
     */
    public RegisterTable table(SolutionQuery query, boolean withLikeChoice) {
        if (!withLikeChoice) {
            return table(query);
        }
        Actor actor = signedIn();
        List<Council> directory = councils.all();
        SolutionList list = register.list(OwnerGroups.resolve(query, directory).withFacets(false));
        Set<CouncilCode> named = new LinkedHashSet<>();
        list.page().items().forEach(s -> named.add(s.content().ownerCouncil()));
        if (query.ownerCouncil() != null) {
            named.add(query.ownerCouncil());
        }
        Map<CouncilCode, Council> owners = new LinkedHashMap<>();
        directory.stream().filter(c -> named.contains(c.code())).forEach(c -> owners.put(c.code(), c));
        return new RegisterTable(list.page(), owners, serviceAreas.all(), register.confirmationRule(),
                new LikeChoice(directory, ownCouncil(actor)));
    }

    /** One entry with its first adoptions, the councils named, and what the current user may do with it. */
    public SolutionCard card(SolutionKey key) {
        Actor actor = signedIn();
        // Read as the card shows it (no description, no outcomes); the same visibility rule as the register's get.
        Solution solution = store.findShown(key).filter(s -> RegisterPolicy.canSee(actor, s))
                .orElseThrow(() -> new NotFound(key.toString()));
        Page<Adoption> adoptions = store.adoptions(key, new PageRequest(0, PageRequest.MAX_LIMIT));
        Set<CouncilCode> named = new LinkedHashSet<>();
        named.add(solution.content().ownerCouncil());
        adoptions.items().forEach(a -> named.add(a.council()));
        List<CouncilCode> declarable = actor.editorOf().stream()
                .filter(c -> !c.equals(solution.content().ownerCouncil()))
                .filter(c -> RegisterPolicy.canDeclareFor(actor, c))
                .sorted().toList();
        named.addAll(declarable);
        Map<CouncilCode, Council> names = withSuccessor(councils.findAll(named), solution.content().ownerCouncil());
        List<Council> declareFor = solution.isPublished()
                ? declarable.stream().map(names::get).filter(c -> c != null && !c.retired()).toList()
                : List.of();
        return new SolutionCard(solution, adoptions, names, serviceAreas.all(),
                RegisterPolicy.canEdit(actor, solution), RegisterPolicy.canConfirmAdoptionsOf(actor, solution),
                declareFor, register.confirmationRule());
    }

    /** Whether the current user may add entries to the register (for any council, or for {@code council}). */
    public boolean mayCreate(CouncilCode council) {
        Actor actor = actors.current();
        return actor != null && (council == null ? RegisterPolicy.canCreateAny(actor)
                : RegisterPolicy.canCreateFor(actor, council));
    }

    /** A council's own entries, its declared adoptions and the totals of both. */
    public CouncilProfile profile(CouncilCode code, PageRequest page) {
        Actor actor = signedIn();
        Council council = councils.find(code).orElseThrow(() -> new NotFound(code.value()));
        Visibility visibility = Visibility.of(actor);
        SolutionQuery owned = SolutionQuery.all().withOwner(code).withPage(page);
        SolutionQuery adopted = SolutionQuery.all().withAdopter(code).withPage(page);
        Page<Solution> ownedPage = register.list(owned).page();
        Page<Adoption> adoptions = store.adoptionsBy(code, page);
        Map<SolutionKey, Solution> solutions = store.findAll(adoptions.items().stream().map(Adoption::solution)
                .toList());
        List<CouncilProfile.AdoptedSolution> visibleAdoptions = new ArrayList<>();
        for (Adoption a : adoptions.items()) {
            Solution s = solutions.get(a.solution());
            if (s != null && RegisterPolicy.canSee(actor, s)) {
                visibleAdoptions.add(new CouncilProfile.AdoptedSolution(a, s));
            }
        }
        return new CouncilProfile(council, ownedPage, store.figures(owned, visibility),
                new Page<>(visibleAdoptions, adoptions.start(), adoptions.limit(), adoptions.total()),
                store.figures(adopted, visibility), councils.findAll(ownersAndSuccessor(visibleAdoptions, council)),
                register.confirmationRule());
    }

    /** Totals over every entry the filter matches and the reader may see, with the area names. */
    public RegisterFigures figures(SolutionQuery query) {
        Actor actor = signedIn();
        Visibility visibility = Visibility.of(actor);
        Map<CouncilCode, AdoptionCounts> adopters = store.adopters(query, visibility);
        Set<CouncilCode> codes = new java.util.TreeSet<>(adopters.keySet());
        if (query.ownerCouncil() != null) {
            codes.add(query.ownerCouncil());
        }
        Map<CouncilCode, Council> named = codes.isEmpty() ? Map.of() : councils.findAll(codes);
        return new RegisterFigures(store.figures(query, visibility), serviceAreas.all(), named, adopters);
    }

    /**
     * The ended councils whose entries wait for {@code successor} to take them over, for a reader who may (its
     * editors, admins); empty for anyone else. See {@link CouncilTakeOver}.
     */
    public List<CouncilTakeOver.Waiting> waitingForTakeOver(CouncilCode successor) {
        return CouncilTakeOver.waiting(actors.current(), successor, councils, store);
    }

    /** {@code names} plus the successor of {@code owner} when it ended (one more read, only then). */
    private Map<CouncilCode, Council> withSuccessor(Map<CouncilCode, Council> names, CouncilCode owner) {
        Council council = names.get(owner);
        if (council == null || council.successor() == null || names.containsKey(council.successor())) {
            return names;
        }
        Map<CouncilCode, Council> more = new java.util.HashMap<>(names);
        more.putAll(councils.findAll(List.of(council.successor())));
        return more;
    }

    /** The owners of the adopted entries and the council's successor (when it ended), to name them. */
    private static Collection<CouncilCode> ownersAndSuccessor(List<CouncilProfile.AdoptedSolution> adopted,
            Council council) {
        Set<CouncilCode> codes = new java.util.TreeSet<>();
        adopted.forEach(a -> codes.add(a.solution().content().ownerCouncil()));
        if (council.successor() != null) {
            codes.add(council.successor());
        }
        return codes;
    }

    private Actor signedIn() {
        Actor actor = actors.current();
        if (actor == null || actor.isAnonymous()) {
            throw new NotAuthenticated();
        }
        return actor;
    }

    /** A page of the register with what a table needs to name owners and areas and mark entries due. */
    public record RegisterTable(Page<Solution> page, Map<CouncilCode, Council> councils,
            List<ServiceArea> serviceAreas, ConfirmationRule confirmation, LikeChoice like) {
    }

    /** The councils a "councils like mine" filter may compare with, and the user's own council (or null). */
    public record LikeChoice(List<Council> councils, CouncilCode own) {
    }

    /** One entry as a card shows it, with the actions the current user may take and whether it is due. */
    public record SolutionCard(Solution solution, Page<Adoption> adoptions, Map<CouncilCode, Council> councils,
            List<ServiceArea> serviceAreas, boolean canConfirmStillCurrent, boolean canConfirmAdoptions,
            List<Council> canDeclareFor, ConfirmationRule confirmation) {
    }

    /**
     * Totals for a filter, with the names of the service areas, of the council filtered on and of the adopting
     * councils, and each adopting council's counts per state (for the map).
     */
    public record RegisterFigures(AdoptionFigures figures, List<ServiceArea> serviceAreas,
            Map<CouncilCode, Council> councils, Map<CouncilCode, AdoptionCounts> adopters) {
    }

    /** What a council owns and uses in the register, and when its entries are due for confirmation. */
    public record CouncilProfile(Council council, Page<Solution> owned, AdoptionFigures ownedFigures,
            Page<AdoptedSolution> adopted, AdoptionFigures adoptedFigures, Map<CouncilCode, Council> owners,
            ConfirmationRule confirmation) {

        /** A council's adoption together with the entry it adopted. */
        public record AdoptedSolution(Adoption adoption, Solution solution) {
        }
    }
}
