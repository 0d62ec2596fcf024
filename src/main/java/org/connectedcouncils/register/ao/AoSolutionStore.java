package org.connectedcouncils.register.ao;

import org.connectedcouncils.common.ao.AoSql;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Preload;
import net.java.ao.Query;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionFigures;
import org.connectedcouncils.register.domain.AdoptionCounts;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.BudgetBand;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.Facets;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.MaintenanceType;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.SearchText;
import org.connectedcouncils.register.domain.SoftwareType;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionKind;
import org.connectedcouncils.register.domain.SolutionList;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.domain.SolutionSort;
import org.connectedcouncils.register.service.SolutionStore;
import org.connectedcouncils.register.service.Visibility;

/**
 * {@link SolutionStore} on Active Objects. Every list is answered with a fixed number of statements: the page, its
 * count and (when asked) one streamed pass for the facets; filters on areas, offers, adopters and words are joins on
 * indexed tables.
 */
public final class AoSolutionStore implements SolutionStore {

    static final String ADOPTION_EXISTS = "connected-councils.conflict.adoptionExists";
    private static final String LIST_SEPARATOR = ",";
    /** Word searches with at most this many matches read them first (see {@link #fewMatches}); an IN list bound. */
    static final int FEW_MATCHES = 500;
    /** The columns lists show: the entity's preloaded ones, and its key. */
    private static final String LIST_COLUMNS = "ID, " + String.join(", ",
            AoSolution.class.getAnnotation(Preload.class).value());
    private static final String FACET_COLUMNS = String.join(", ", AoSolution.PHASE, AoSolution.KIND,
            AoSolution.AREAS, AoSolution.OFFERS);
    /**
     * A grouped query's row count, read through an int column the grouped rows do not otherwise use: AO's read-only
     * rows can only carry values under the entity's own column names.
     */
    private static final String COUNT_AS_ENTRY_VERSION = "COUNT(ID) AS " + AoSolution.ENTRY_VERSION;

    private final ActiveObjects ao;
    private final int fewMatches;

    public AoSolutionStore(ActiveObjects ao) {
        this(ao, FEW_MATCHES);
    }

    /** With another bound for reading a word search's matches first; tests use it to take either path. */
    AoSolutionStore(ActiveObjects ao, int fewMatches) {
        this.ao = ao;
        this.fewMatches = fewMatches;
    }

    @Override
    public Solution create(SolutionContent content, String actor, Instant now) {
        return ao.executeInTransaction(() -> {
            Map<String, Object> row = new HashMap<>();
            row.put(AoSolution.NAME, content.name());
            row.put(AoSolution.NAME_LOWER, sortName(content.name()));
            row.put(AoSolution.SUMMARY, content.summary());
            row.put(AoSolution.KIND, content.kind().code());
            row.put(AoSolution.PHASE, content.phase().code());
            row.put(AoSolution.STATE, EntryState.DRAFT.code());
            row.put(AoSolution.OWNER_CODE, content.ownerCouncil().value());
            row.put(AoSolution.CREATED_AT, Date.from(now));
            row.put(AoSolution.UPDATED_AT, Date.from(now));
            AoSolution entity = ao.create(AoSolution.class, row);
            write(entity, content);
            entity.setCreatedBy(actor);
            entity.setEntryVersion(1);
            entity.save();
            writeIndexes(entity.getID(), content);
            claimVersion(entity.getID(), 1, actor, now);
            SolutionKey key = SolutionKey.of(entity.getID());
            appendHistory(List.of(new HistoryEntry(key, "solution", "created", null, content.name(), actor, now)));
            return toSolution(entity, true);
        });
    }

    @Override
    public Solution save(Solution current, Solution next, List<HistoryEntry> history) {
        try {
            return ao.executeInTransaction(() -> saveVersion(current, next, history));
        } catch (RuntimeException e) {
            if (AoSql.isUniqueViolation(e)) {
                // Someone else saved the same version a moment earlier; theirs is the next one.
                throw new Refusal.StaleVersion(current.version() + 1);
            }
            throw e;
        }
    }

    private Solution saveVersion(Solution current, Solution next, List<HistoryEntry> history) {
        AoSolution entity = entity(current.key());
        if (entity.getEntryVersion() != current.version()) {
            throw new Refusal.StaleVersion(entity.getEntryVersion());
        }
        claimVersion(entity.getID(), current.version() + 1, history.isEmpty() ? null : history.get(0).actor(),
                next.updated());
        SolutionContent before = current.content();
        SolutionContent after = next.content();
        write(entity, after);
        entity.setState(next.state().code());
        entity.setUpdatedAt(Date.from(next.updated()));
        entity.setConfirmedAt(next.lastConfirmed() == null ? null : Date.from(next.lastConfirmed()));
        entity.setEntryVersion(current.version() + 1);
        entity.save();
        if (indexesChanged(before, after)) {
            deleteIndexes(entity.getID());
            writeIndexes(entity.getID(), after);
        }
        appendHistory(history);
        return toSolution(entity, true);
    }

    /** Inserts the unique claim on version {@code version} of the entry: the database lets only one writer have it. */
    private void claimVersion(int solutionId, int version, String actor, Instant at) {
        Map<String, Object> row = new HashMap<>();
        row.put(AoSolutionVersion.SOLUTION_ID, solutionId);
        row.put(AoSolutionVersion.VERSION_KEY, solutionId + ":" + version);
        row.put(AoSolutionVersion.SAVED_BY, actor);
        row.put(AoSolutionVersion.SAVED_AT, Date.from(at));
        ao.create(AoSolutionVersion.class, row);
    }

    @Override
    public Optional<Solution> find(SolutionKey key) {
        if (key.number() > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        // One statement: the preloaded columns plus the two long texts lists leave out (BENCHMARKS.md finding).
        AoSolution[] rows = ao.find(AoSolution.class, Query.select(String.join(", ", "ID", AoSolution.DESCRIPTION,
                AoSolution.OUTCOMES)).where("ID = ?", (int) key.number()));
        return rows.length == 0 ? Optional.empty() : Optional.of(toSolution(rows[0], true));
    }

    @Override
    public SolutionList list(SolutionQuery query, Visibility visibility) {
        if (hasWords(query)) {
            Optional<List<Integer>> few = fewMatches(query, visibility);
            if (few.isPresent()) {
                List<Solution> items = pageOf(few.get(), query);
                Facets facets = query.withFacets() ? facetsOf(few.get()) : Facets.NONE;
                return new SolutionList(new Page<>(items, query.page().start(), query.page().limit(),
                        few.get().size()), facets);
            }
        }
        Facets facets = query.withFacets() ? facets(query, visibility) : Facets.NONE;
        Supplier<Query> filtered = () -> filter(Query.select(), query, visibility, true);
        Query pageQuery = filtered.get()
                .order(orderOf(query.sort()))
                .limit(query.page().limit())
                .offset(query.page().start());
        List<Solution> items = Arrays.stream(ao.find(AoSolution.class, pageQuery))
                .map(e -> toSolution(e, false))
                .toList();
        int total = ao.count(AoSolution.class, filtered.get());
        return new SolutionList(new Page<>(items, query.page().start(), query.page().limit(), total), facets);
    }

    /**
     * The IDs of every match when a word search matches at most {@link #FEW_MATCHES} entries (by default). A word is
     * selective, and a database that walks the sort index looking for a page of rare matches probes thousands of entries
     * (PostgreSQL at 100k: BENCHMARKS.md finding 2); reading the matches first, without an order, lets it use the
     * word and area indexes, and the number read is the total. More matches than that are common enough for the
     * index walk to find a page quickly, so those take the usual page and count.
     */
    private Optional<List<Integer>> fewMatches(SolutionQuery query, Visibility visibility) {
        List<Integer> ids = new ArrayList<>();
        ao.stream(AoSolution.class, filter(Query.select("ID"), query, visibility, true).limit(fewMatches + 1),
                row -> ids.add(row.getID()));
        return ids.size() > fewMatches ? Optional.empty() : Optional.of(ids);
    }

    /** The requested page of the given entries, sorted by the database. */
    private List<Solution> pageOf(List<Integer> ids, SolutionQuery query) {
        if (ids.size() <= query.page().start()) {
            return List.of();
        }
        Query q = Query.select().alias(AoSolution.class, "s")
                .where("s.ID IN (" + AoSql.placeholders(ids.size()) + ")", ids.toArray())
                .order(orderOf(query.sort()))
                .limit(query.page().limit())
                .offset(query.page().start());
        return Arrays.stream(ao.find(AoSolution.class, q)).map(e -> toSolution(e, false)).toList();
    }

    /** Facets of the given entries, read by key rather than by filtering the register again. */
    private Facets facetsOf(List<Integer> ids) {
        Map<String, Map<String, Long>> counts = facetCounts();
        if (!ids.isEmpty()) {
            ao.stream(AoSolution.class, Query.select(FACET_COLUMNS).where("ID IN (" + AoSql.placeholders(ids.size())
                    + ")", ids.toArray()), row -> countFacets(counts, row));
        }
        return new Facets(counts);
    }

    private static boolean hasWords(SolutionQuery query) {
        return !SearchText.tokens(query.text() == null ? "" : query.text()).isEmpty();
    }

    @Override
    public List<SolutionKey> keys(SolutionQuery query, Visibility visibility) {
        List<SolutionKey> keys = new ArrayList<>();
        ao.stream(AoSolution.class, filter(Query.select("ID"), query, visibility, true).order(orderOf(query.sort())),
                row -> keys.add(SolutionKey.of(row.getID())));
        return keys;
    }

    @Override
    public Adoption saveAdoption(Solution solution, Adoption previous, Adoption next, List<HistoryEntry> history) {
        try {
            return ao.executeInTransaction(() -> {
                int solutionId = (int) solution.key().number();
                AoAdoption row;
                if (previous == null) {
                    Map<String, Object> values = new HashMap<>();
                    values.put(AoAdoption.SOLUTION_ID, solutionId);
                    values.put(AoAdoption.COUNCIL_CODE, next.council().value());
                    values.put(AoAdoption.PAIR_KEY, pairKey(solutionId, next.council()));
                    values.put(AoAdoption.STATE, next.state().code());
                    values.put(AoAdoption.DECLARED_AT, Date.from(next.declaredAt()));
                    row = ao.create(AoAdoption.class, values);
                } else {
                    row = adoptionRow(solutionId, next.council())
                            .orElseThrow(() -> new Refusal.Conflict(ADOPTION_EXISTS));
                }
                row.setState(next.state().code());
                row.setSince(next.since() == null ? null : Date.from(next.since().atStartOfDay(ZoneOffset.UTC)
                        .toInstant()));
                row.setEvidenceUrl(next.evidenceUrl());
                row.setDeclaredBy(next.declaredBy());
                row.setDeclaredAt(Date.from(next.declaredAt()));
                row.setConfirmedBy(next.confirmedBy());
                row.setConfirmedAt(next.confirmedAt() == null ? null : Date.from(next.confirmedAt()));
                row.save();
                recount(solutionId);
                appendHistory(history);
                return toAdoption(row);
            });
        } catch (RuntimeException e) {
            if (AoSql.isUniqueViolation(e)) {
                throw new Refusal.Conflict(ADOPTION_EXISTS);
            }
            throw e;
        }
    }

    @Override
    public Optional<Adoption> findAdoption(SolutionKey key, CouncilCode council) {
        return adoptionRow((int) key.number(), council).map(AoSolutionStore::toAdoption);
    }

    @Override
    public Page<Adoption> adoptions(SolutionKey key, PageRequest page) {
        return adoptionPage(AoAdoption.SOLUTION_ID + " = ?", (int) key.number(), page);
    }

    @Override
    public Page<Adoption> adoptionsBy(CouncilCode council, PageRequest page) {
        return adoptionPage(AoAdoption.COUNCIL_CODE + " = ?", council.value(), page);
    }

    @Override
    public Page<HistoryEntry> history(SolutionKey key, PageRequest page) {
        int id = (int) key.number();
        Query q = Query.select().where(AoHistory.SOLUTION_ID + " = ?", id)
                .order(AoHistory.CHANGED_AT + " DESC, ID DESC")
                .limit(page.limit()).offset(page.start());
        List<HistoryEntry> items = Arrays.stream(ao.find(AoHistory.class, q))
                .map(h -> new HistoryEntry(key, h.getSubject(), h.getField(), h.getOldValue(), h.getNewValue(),
                        h.getActor(), h.getChangedAt().toInstant()))
                .toList();
        int total = ao.count(AoHistory.class, Query.select().where(AoHistory.SOLUTION_ID + " = ?", id));
        return new Page<>(items, page.start(), page.limit(), total);
    }

    @Override
    public Map<SolutionKey, Solution> findAll(Collection<SolutionKey> keys) {
        List<Integer> ids = keys.stream().filter(k -> k.number() <= Integer.MAX_VALUE)
                .map(k -> (int) k.number()).distinct().sorted().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        if (ids.size() > PageRequest.MAX_LIMIT) {
            throw new IllegalArgumentException("At most " + PageRequest.MAX_LIMIT + " keys per call");
        }
        // Read-only rows (the preloaded columns, no entity proxies): exports call this for every hundred entries.
        Query q = Query.select(LIST_COLUMNS).where("ID IN (" + AoSql.placeholders(ids.size()) + ")", ids.toArray());
        Map<SolutionKey, Solution> out = new LinkedHashMap<>();
        ao.stream(AoSolution.class, q, e -> {
            Solution s = toSolution(e, false);
            out.put(s.key(), s);
        });
        return out;
    }

    /**
     * Totals of the matching entries. Filters on the entry's own columns are answered by three grouped queries, so
     * a few dozen rows leave the database whatever the register's size; AO renders aggregates only on a query with
     * no joins, so filters on areas, offers, adopters or words (which already narrow the set) stream their rows.
     */
    @Override
    public AdoptionFigures figures(SolutionQuery query, Visibility visibility) {
        return needsJoins(query) ? streamedFigures(query, visibility) : groupedFigures(query, visibility);
    }

    private AdoptionFigures groupedFigures(SolutionQuery query, Visibility visibility) {
        long[] solutions = {0};
        Map<Phase, Long> phases = new EnumMap<>(Phase.class);
        Map<String, Long> savings = new TreeMap<>();
        AdoptionFigures.AdoptionTotals[] adoptions = {AdoptionFigures.AdoptionTotals.NONE};
        Query byPhase = filter(Query.select(String.join(", ", AoSolution.PHASE, AoSolution.CURRENCY,
                COUNT_AS_ENTRY_VERSION, sum(AoSolution.EVALUATING_COUNT), sum(AoSolution.USING_COUNT),
                sum(AoSolution.STOPPED_COUNT), sum(AoSolution.ANNUAL_SAVING))), query, visibility, false)
                .group(AoSolution.PHASE + ", " + AoSolution.CURRENCY);
        ao.stream(AoSolution.class, byPhase, row -> {
            long count = row.getEntryVersion();
            solutions[0] += count;
            Coded.fromCode(Phase.class, row.getPhase()).ifPresent(p -> phases.merge(p, count, Long::sum));
            adoptions[0] = adoptions[0].plus(new AdoptionCounts(row.getEvaluatingCount(), row.getUsingCount(),
                    row.getStoppedCount()));
            if (row.getAnnualSaving() != null && row.getCurrency() != null) {
                savings.merge(row.getCurrency(), row.getAnnualSaving(), Long::sum);
            }
        });
        Map<String, Long> areas = countByList(AoSolution.AREAS, AoSolution::getAreas, query, visibility);
        int reused = ao.count(AoSolution.class, filter(Query.select(), query, visibility, false,
                new Condition(AoSolution.USING_COUNT + " > ?", 0)));
        return new AdoptionFigures(solutions[0], phases, areas, adoptions[0], reused, savings);
    }

    /** One streamed pass over the matching rows' phase, areas, adoption counts and declared saving. */
    private AdoptionFigures streamedFigures(SolutionQuery query, Visibility visibility) {
        long[] solutions = {0, 0};
        Map<Phase, Long> phases = new EnumMap<>(Phase.class);
        Map<String, Long> areas = new TreeMap<>();
        Map<String, Long> savings = new TreeMap<>();
        AdoptionFigures.AdoptionTotals[] adoptions = {AdoptionFigures.AdoptionTotals.NONE};
        Query q = filter(Query.select(String.join(", ", AoSolution.PHASE, AoSolution.AREAS,
                AoSolution.EVALUATING_COUNT, AoSolution.USING_COUNT, AoSolution.STOPPED_COUNT,
                AoSolution.ANNUAL_SAVING, AoSolution.CURRENCY)), query, visibility, true);
        ao.stream(AoSolution.class, q, row -> {
            solutions[0]++;
            Coded.fromCode(Phase.class, row.getPhase()).ifPresent(p -> phases.merge(p, 1L, Long::sum));
            for (String area : split(row.getAreas())) {
                areas.merge(area, 1L, Long::sum);
            }
            AdoptionCounts counts = new AdoptionCounts(row.getEvaluatingCount(), row.getUsingCount(),
                    row.getStoppedCount());
            adoptions[0] = adoptions[0].plus(counts);
            if (counts.using() > 0) {
                solutions[1]++;
            }
            if (row.getAnnualSaving() != null && row.getCurrency() != null) {
                savings.merge(row.getCurrency(), row.getAnnualSaving(), Long::sum);
            }
        });
        return new AdoptionFigures(solutions[0], phases, areas, adoptions[0], solutions[1], savings);
    }

    /**
     * Counts the matching entries per value of a comma-joined list column (areas, offers), grouped in the database
     * by the whole list: one row per distinct combination, which the few areas an entry is filed under keep small.
     */
    private Map<String, Long> countByList(String column, Function<AoSolution, String> getter, SolutionQuery query,
            Visibility visibility) {
        Map<String, Long> counts = new TreeMap<>();
        Query q = filter(Query.select(column + ", " + COUNT_AS_ENTRY_VERSION), query, visibility, false)
                .group(column);
        ao.stream(AoSolution.class, q, row -> {
            for (String value : split(getter.apply(row))) {
                counts.merge(value, (long) row.getEntryVersion(), Long::sum);
            }
        });
        return counts;
    }

    private static String sum(String column) {
        return "SUM(" + column + ") AS " + column;
    }

    /** Whether a filter needs another table: areas, offers, adopters and words are joins. */
    private static boolean needsJoins(SolutionQuery query) {
        return query.serviceArea() != null || query.offer() != null || query.adoptingCouncil() != null
                || hasWords(query);
    }

    // ---- list query --------------------------------------------------------------------------------------------

    /**
     * Adds the joins and WHERE clause of a list filter to {@code q}; used for the page, the count and the facets.
     * {@code aliased} names the entry table {@code s}, which joins need; grouped queries pass false (AO cannot render
     * an aggregate under a table alias) and are only used when {@link #needsJoins} is false. {@code extra}
     * conditions on the entry's columns come first, with their parameters.
     */
    private static Query filter(Query q, SolutionQuery query, Visibility visibility, boolean aliased,
            Condition... extra) {
        if (!aliased && needsJoins(query)) {
            throw new IllegalArgumentException("A filter with joins needs the table alias");
        }
        String s = aliased ? "s." : "";
        if (aliased) {
            q.alias(AoSolution.class, "s");
        }
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Condition condition : extra) {
            where.add(condition.sql());
            params.addAll(Arrays.asList(condition.params()));
        }
        in(where, params, s + AoSolution.PHASE, query.phases());
        in(where, params, s + AoSolution.KIND, query.kinds());
        if (query.state() != null) {
            where.add(s + AoSolution.STATE + " = ?");
            params.add(query.state().code());
        }
        if (query.ownerCouncil() != null) {
            where.add(s + AoSolution.OWNER_CODE + " = ?");
            params.add(query.ownerCouncil().value());
        }
        if (query.serviceArea() != null) {
            q.join(AoSolutionArea.class, "a." + AoSolutionArea.SOLUTION_ID + " = s.ID").alias(AoSolutionArea.class,
                    "a");
            where.add("a." + AoSolutionArea.AREA_CODE + " = ?");
            params.add(query.serviceArea());
        }
        if (query.offer() != null) {
            q.join(AoSolutionOffer.class, "o." + AoSolutionOffer.SOLUTION_ID + " = s.ID").alias(
                    AoSolutionOffer.class, "o");
            where.add("o." + AoSolutionOffer.OFFER + " = ?");
            params.add(query.offer().code());
        }
        if (query.adoptingCouncil() != null) {
            q.join(AoAdoption.class, "ad." + AoAdoption.SOLUTION_ID + " = s.ID").alias(AoAdoption.class, "ad");
            where.add("ad." + AoAdoption.COUNCIL_CODE + " = ?");
            params.add(query.adoptingCouncil().value());
            where.add("ad." + AoAdoption.STATE + " <> ?");
            params.add(AdoptionState.STOPPED.code());
        }
        List<String> words = new ArrayList<>(SearchText.tokens(query.text() == null ? "" : query.text()));
        if (!words.isEmpty()) {
            // The longest word goes through the token index; the others are checked on the rows it leaves.
            words.sort((x, y) -> Integer.compare(y.length(), x.length()));
            q.join(AoSearchToken.class, "t." + AoSearchToken.SOLUTION_ID + " = s.ID").alias(AoSearchToken.class,
                    "t");
            where.add("t." + AoSearchToken.TOKEN + " = ?");
            params.add(words.get(0));
            for (String word : words.subList(1, words.size())) {
                where.add(s + AoSolution.SEARCH_TEXT + " LIKE ?");
                params.add("%" + word + "%");
            }
        }
        AoSql.visibleEntries(s, visibility, where, params);
        if (!where.isEmpty()) {
            q.where(String.join(" AND ", where), params.toArray());
        }
        return q;
    }

    private static void in(List<String> where, List<Object> params, String column, Set<? extends Coded> values) {
        if (values.isEmpty()) {
            return;
        }
        where.add(column + " IN (" + AoSql.placeholders(values.size()) + ")");
        values.stream().map(Coded::code).sorted().forEach(params::add);
    }


    private static String orderOf(SolutionSort sort) {
        String dir = sort.descending() ? " DESC" : " ASC";
        return "s." + sortColumn(sort) + dir + ", s.ID" + dir;
    }

    private static String sortColumn(SolutionSort sort) {
        return switch (sort.field()) {
            case NAME -> AoSolution.NAME_LOWER;
            case UPDATED -> AoSolution.UPDATED_AT;
            case ADOPTIONS -> AoSolution.USING_COUNT;
            case PHASE -> AoSolution.PHASE_RANK;
        };
    }

    /** A WHERE condition on the entry table with its parameters, added to a list filter. */
    private record Condition(String sql, Object... params) {
    }

    /**
     * Counts per phase, kind, area and offer. Like the figures: grouped in the database when the filter is on the
     * entry's own columns (the unfiltered register is the common case), one streamed pass over the narrowed set
     * otherwise.
     */
    private Facets facets(SolutionQuery query, Visibility visibility) {
        Map<String, Map<String, Long>> counts = facetCounts();
        if (!needsJoins(query)) {
            Query byPhase = filter(Query.select(String.join(", ", AoSolution.PHASE, AoSolution.KIND,
                    COUNT_AS_ENTRY_VERSION)), query, visibility, false).group(AoSolution.PHASE + ", " + AoSolution.KIND);
            ao.stream(AoSolution.class, byPhase, row -> {
                counts.get("phase").merge(row.getPhase(), (long) row.getEntryVersion(), Long::sum);
                counts.get("kind").merge(row.getKind(), (long) row.getEntryVersion(), Long::sum);
            });
            counts.put("serviceArea", countByList(AoSolution.AREAS, AoSolution::getAreas, query, visibility));
            counts.put("offer", countByList(AoSolution.OFFERS, AoSolution::getOffers, query, visibility));
            return new Facets(counts);
        }
        ao.stream(AoSolution.class, filter(Query.select(FACET_COLUMNS), query, visibility, true),
                row -> countFacets(counts, row));
        return new Facets(counts);
    }

    private static Map<String, Map<String, Long>> facetCounts() {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (String facet : List.of("phase", "kind", "serviceArea", "offer")) {
            counts.put(facet, new TreeMap<>());
        }
        return counts;
    }

    /** Adds one entry's phase, kind, areas and offers (a row read with {@link #FACET_COLUMNS}) to the counts. */
    private static void countFacets(Map<String, Map<String, Long>> counts, AoSolution row) {
        counts.get("phase").merge(row.getPhase(), 1L, Long::sum);
        counts.get("kind").merge(row.getKind(), 1L, Long::sum);
        for (String area : split(row.getAreas())) {
            counts.get("serviceArea").merge(area, 1L, Long::sum);
        }
        for (String offer : split(row.getOffers())) {
            counts.get("offer").merge(offer, 1L, Long::sum);
        }
    }

    // ---- writes ------------------------------------------------------------------------------------------------

    private AoSolution entity(SolutionKey key) {
        AoSolution entity = key.number() > Integer.MAX_VALUE ? null : ao.get(AoSolution.class, (int) key.number());
        if (entity == null) {
            throw new Refusal.NotFound(key.toString());
        }
        return entity;
    }

    private static void write(AoSolution e, SolutionContent c) {
        e.setName(c.name());
        e.setNameLower(sortName(c.name()));
        e.setSummary(c.summary());
        e.setSearchText(truncate(SearchText.fold(c.name() + " " + c.summary()), 450));
        e.setDescription(c.description());
        e.setKind(c.kind().code());
        e.setPhase(c.phase().code());
        e.setPhaseRank(c.phase().rank());
        e.setOwnerCode(c.ownerCouncil().value());
        e.setContactKey(c.keyContact());
        e.setAreas(join(c.serviceAreas()));
        e.setOffers(join(c.sortedOffers().stream().map(Coded::code).toList()));
        e.setLandingUrl(c.landingUrl());
        e.setRepoUrl(c.repositoryUrl());
        e.setLicence(c.licence());
        e.setSoftwareType(code(c.softwareType()));
        e.setMaintenance(code(c.maintenance()));
        e.setPlatforms(join(c.platforms()));
        e.setCategories(join(c.categories()));
        e.setBudgetBand(code(c.budgetBand()));
        e.setOneOffCost(amount(c.oneOffCost()));
        e.setRunningCost(amount(c.annualRunningCost()));
        e.setAnnualSaving(amount(c.annualSaving()));
        e.setCurrency(c.currency());
        e.setOutcomes(c.citizenOutcomes());
    }

    private static boolean indexesChanged(SolutionContent before, SolutionContent after) {
        return !Objects.equals(before.name(), after.name()) || !Objects.equals(before.summary(), after.summary())
                || !before.serviceAreas().equals(after.serviceAreas()) || !before.offers().equals(after.offers());
    }

    private void writeIndexes(int id, SolutionContent c) {
        List<Map<String, Object>> areas = new ArrayList<>();
        for (String area : c.serviceAreas()) {
            areas.add(Map.of(AoSolutionArea.SOLUTION_ID, id, AoSolutionArea.AREA_CODE, area));
        }
        List<Map<String, Object>> offers = new ArrayList<>();
        for (CollaborationOffer offer : c.sortedOffers()) {
            offers.add(Map.of(AoSolutionOffer.SOLUTION_ID, id, AoSolutionOffer.OFFER, offer.code()));
        }
        List<Map<String, Object>> tokens = new ArrayList<>();
        for (String token : SearchText.tokens(c.name(), c.summary())) {
            tokens.add(Map.of(AoSearchToken.SOLUTION_ID, id, AoSearchToken.TOKEN, token));
        }
        createAll(AoSolutionArea.class, areas);
        createAll(AoSolutionOffer.class, offers);
        createAll(AoSearchToken.class, tokens);
    }

    private <T extends net.java.ao.RawEntity<Integer>> void createAll(Class<T> type, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            ao.create(type, rows);
        }
    }

    private void deleteIndexes(int id) {
        ao.deleteWithSQL(AoSolutionArea.class, AoSolutionArea.SOLUTION_ID + " = ?", id);
        ao.deleteWithSQL(AoSolutionOffer.class, AoSolutionOffer.SOLUTION_ID + " = ?", id);
        ao.deleteWithSQL(AoSearchToken.class, AoSearchToken.SOLUTION_ID + " = ?", id);
    }

    private void appendHistory(Collection<HistoryEntry> lines) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (HistoryEntry h : lines) {
            Map<String, Object> row = new HashMap<>();
            row.put(AoHistory.SOLUTION_ID, (int) h.key().number());
            row.put("SUBJECT", h.subject());
            row.put("FIELD", h.field());
            row.put("OLD_VALUE", h.oldValue());
            row.put("NEW_VALUE", h.newValue());
            row.put("ACTOR", h.actor());
            row.put(AoHistory.CHANGED_AT, Date.from(h.at()));
            rows.add(row);
        }
        createAll(AoHistory.class, rows);
    }

    /** Recounts the entry's adoptions by state from the rows themselves, so concurrent declarations cannot drift. */
    private void recount(int solutionId) {
        Map<AdoptionState, Integer> counts = new EnumMap<>(AdoptionState.class);
        for (AdoptionState state : AdoptionState.values()) {
            counts.put(state, ao.count(AoAdoption.class, Query.select().where(
                    AoAdoption.SOLUTION_ID + " = ? AND " + AoAdoption.STATE + " = ?", solutionId, state.code())));
        }
        AoSolution entity = ao.get(AoSolution.class, solutionId);
        entity.setEvaluatingCount(counts.get(AdoptionState.EVALUATING));
        entity.setUsingCount(counts.get(AdoptionState.USING));
        entity.setStoppedCount(counts.get(AdoptionState.STOPPED));
        entity.save();
    }

    private Optional<AoAdoption> adoptionRow(int solutionId, CouncilCode council) {
        AoAdoption[] rows = ao.find(AoAdoption.class, Query.select()
                .where(AoAdoption.PAIR_KEY + " = ?", pairKey(solutionId, council)));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private Page<Adoption> adoptionPage(String where, Object param, PageRequest page) {
        Query q = Query.select().where(where, param)
                .order(AoAdoption.DECLARED_AT + " DESC, ID DESC")
                .limit(page.limit()).offset(page.start());
        List<Adoption> items = Arrays.stream(ao.find(AoAdoption.class, q)).map(AoSolutionStore::toAdoption).toList();
        int total = ao.count(AoAdoption.class, Query.select().where(where, param));
        return new Page<>(items, page.start(), page.limit(), total);
    }

    private static String pairKey(int solutionId, CouncilCode council) {
        return solutionId + ":" + council.value();
    }


    // ---- mapping -----------------------------------------------------------------------------------------------

    /** Maps a row to the domain; {@code full} also reads the long texts (one extra lazy read each). */
    private static Solution toSolution(AoSolution e, boolean full) {
        String currency = e.getCurrency();
        SolutionContent content = new SolutionContent(
                e.getName(),
                e.getSummary(),
                full ? e.getDescription() : null,
                Coded.fromCode(SolutionKind.class, e.getKind()).orElse(null),
                Coded.fromCode(Phase.class, e.getPhase()).orElse(null),
                CouncilCode.of(e.getOwnerCode()),
                e.getContactKey(),
                new TreeSet<>(split(e.getAreas())),
                split(e.getOffers()).stream().map(o -> Coded.fromCode(CollaborationOffer.class, o))
                        .flatMap(Optional::stream).collect(Collectors.toSet()),
                e.getLandingUrl(),
                e.getRepoUrl(),
                e.getLicence(),
                Coded.fromCode(SoftwareType.class, e.getSoftwareType()).orElse(null),
                Coded.fromCode(MaintenanceType.class, e.getMaintenance()).orElse(null),
                split(e.getPlatforms()),
                split(e.getCategories()),
                Coded.fromCode(BudgetBand.class, e.getBudgetBand()).orElse(null),
                money(e.getOneOffCost(), currency),
                money(e.getRunningCost(), currency),
                money(e.getAnnualSaving(), currency),
                full ? e.getOutcomes() : null);
        return new Solution(
                SolutionKey.of(e.getID()),
                content,
                Coded.fromCode(EntryState.class, e.getState()).orElse(EntryState.DRAFT),
                new AdoptionCounts(e.getEvaluatingCount(), e.getUsingCount(), e.getStoppedCount()),
                e.getCreatedAt().toInstant(),
                e.getCreatedBy(),
                e.getUpdatedAt().toInstant(),
                e.getConfirmedAt() == null ? null : e.getConfirmedAt().toInstant(),
                e.getEntryVersion());
    }

    private static Adoption toAdoption(AoAdoption a) {
        return new Adoption(
                SolutionKey.of(a.getSolutionId()),
                CouncilCode.of(a.getCouncilCode()),
                Coded.fromCode(AdoptionState.class, a.getState()).orElseThrow(),
                a.getSince() == null ? null : LocalDate.ofInstant(a.getSince().toInstant(), ZoneOffset.UTC),
                a.getEvidenceUrl(),
                a.getDeclaredBy(),
                a.getDeclaredAt().toInstant(),
                a.getConfirmedBy(),
                a.getConfirmedAt() == null ? null : a.getConfirmedAt().toInstant());
    }

    private static String sortName(String name) {
        return truncate(name.toLowerCase(java.util.Locale.ROOT), 255);
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }

    private static Long amount(Money m) {
        return m == null ? null : m.minorUnits();
    }

    private static Money money(Long amount, String currency) {
        return amount == null || currency == null ? null : Money.of(amount, currency);
    }

    private static String join(Collection<String> values) {
        return values.isEmpty() ? null : String.join(LIST_SEPARATOR, values);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(LIST_SEPARATOR));
    }
}
