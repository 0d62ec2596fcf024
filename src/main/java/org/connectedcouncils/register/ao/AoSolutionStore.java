package org.connectedcouncils.register.ao;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionCounts;
import org.connectedcouncils.register.domain.AdoptionFigures;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.ImpactEntry;
import org.connectedcouncils.register.domain.SimilarEntry;
import org.connectedcouncils.register.domain.SimilarityQuery;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionList;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.service.SolutionStore;
import org.connectedcouncils.register.service.Visibility;

/**
 * {@link SolutionStore} on Active Objects: entries, lists, figures, adoptions and history, each answered by its own
 * class. Every list is answered with a fixed number of statements: the page, its count and (when asked) one streamed
 * pass for the facets; filters on areas, offers, adopters and words are joins on indexed tables.
 */
public final class AoSolutionStore implements SolutionStore {

    /** Word searches with at most this many matches read them first (see {@link SolutionListing}); an IN list bound. */
    static final int FEW_MATCHES = 500;

    private final SolutionEntries entries;
    private final SolutionListing listing;
    private final SolutionFigures figures;
    private final SolutionAdoptions adoptions;
    private final SolutionHistory history;
    private final ImpactRows impact;
    private final SolutionSimilarity similarity;
    private final AdoptionChecks checks;
    private final SolutionProjection projection;
    private final SolutionContacts contacts;

    public AoSolutionStore(ActiveObjects ao) {
        this(ao, FEW_MATCHES);
    }

    /** With another bound for reading a word search's matches first; tests use it to take either path. */
    AoSolutionStore(ActiveObjects ao, int fewMatches) {
        this.history = new SolutionHistory(ao);
        this.entries = new SolutionEntries(ao, history);
        this.figures = new SolutionFigures(ao);
        this.impact = new ImpactRows(ao);
        this.listing = new SolutionListing(ao, figures, fewMatches);
        this.adoptions = new SolutionAdoptions(ao, history);
        this.similarity = new SolutionSimilarity(ao);
        this.checks = new AdoptionChecks(ao, history);
        this.projection = new SolutionProjection(ao);
        this.contacts = new SolutionContacts(ao, history);
    }

    @Override
    public int countByContact(String userKey) {
        return contacts.count(userKey);
    }

    @Override
    public List<Solution> reassignContact(String from, String to, int limit, String actor, Instant at) {
        return contacts.reassign(from, to, limit, actor, at);
    }

    @Override
    public List<AdoptionCheck> adoptionsCheckedBefore(Instant before, AdoptionCursor after, int limit) {
        return checks.checkedBefore(before, after, limit);
    }

    @Override
    public List<AdoptionCheck> adoptionsAskedBefore(Instant before, AdoptionCursor after, int limit) {
        return checks.askedBefore(before, after, limit);
    }

    @Override
    public boolean markAsked(AdoptionCheck check, Instant at) {
        return checks.markAsked(check, at);
    }

    @Override
    public Optional<Adoption> lapse(AdoptionCheck check, Instant at, HistoryEntry line) {
        return checks.lapse(check, at, line);
    }

    @Override
    public List<SimilarEntry> similar(SimilarityQuery query, Visibility visibility) {
        return similarity.similar(query, visibility);
    }

    @Override
    public Solution create(SolutionContent content, String actor, Instant now) {
        return entries.create(content, actor, now);
    }

    @Override
    public Solution save(Solution current, Solution next, List<HistoryEntry> history) {
        return entries.save(current, next, history);
    }

    @Override
    public void delete(Solution current) {
        entries.delete(current);
    }

    @Override
    public Optional<Solution> find(SolutionKey key) {
        return entries.find(key);
    }

    @Override
    public Map<SolutionKey, Solution> findAll(Collection<SolutionKey> keys) {
        return entries.findAll(keys);
    }

    @Override
    public Optional<Solution> findShown(SolutionKey key) {
        return entries.find(key, false);
    }

    @Override
    public Map<SolutionKey, Solution> findColumns(Collection<SolutionKey> keys, Collection<RegisterColumn> columns) {
        if (keys.size() > MAX_PROJECTED) {
            throw new IllegalArgumentException("At most " + MAX_PROJECTED + " keys per call");
        }
        return projection.find(keys, columns);
    }

    @Override
    public SolutionList list(SolutionQuery query, Visibility visibility) {
        return listing.list(query, visibility);
    }

    @Override
    public List<SolutionKey> keys(SolutionQuery query, Visibility visibility) {
        return listing.keys(query, visibility);
    }

    @Override
    public List<Solution> withContact(long afterNumber, int limit) {
        return entries.withContact(afterNumber, limit);
    }

    @Override
    public List<Solution> confirmedBefore(Instant before, long afterNumber, int limit) {
        return entries.confirmedBefore(before, afterNumber, limit);
    }

    @Override
    public Map<CouncilCode, Integer> countByOwner(Collection<CouncilCode> owners) {
        return figures.ownedBy(owners);
    }

    @Override
    public List<SolutionKey> keysOwnedBy(Collection<CouncilCode> owners) {
        return figures.keysOwnedBy(owners);
    }

    @Override
    public AdoptionFigures figures(SolutionQuery query, Visibility visibility) {
        return figures.figures(query, visibility);
    }

    @Override
    public Map<CouncilCode, AdoptionCounts> adopters(SolutionQuery query, Visibility visibility) {
        return figures.adopters(query, visibility);
    }

    @Override
    public Adoption saveAdoption(Solution solution, Adoption previous, Adoption next, List<HistoryEntry> history) {
        return adoptions.save(solution, previous, next, history);
    }

    @Override
    public Optional<Adoption> findAdoption(SolutionKey key, CouncilCode council) {
        return adoptions.find(key, council);
    }

    @Override
    public Page<Adoption> adoptions(SolutionKey key, PageRequest page) {
        return adoptions.ofEntry(key, page);
    }

    @Override
    public Page<Adoption> adoptionsBy(CouncilCode council, PageRequest page) {
        return adoptions.byCouncil(council, page);
    }

    @Override
    public Page<HistoryEntry> history(SolutionKey key, PageRequest page) {
        return history.page(key, page);
    }

    @Override
    public List<ImpactEntry> impactEntries() {
        return impact.entries();
    }
}
