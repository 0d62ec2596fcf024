package org.connectedcouncils.register.ao;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Preload;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.SearchText;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKey;

/**
 * Register entries one by one: create, save a new version (claimed uniquely, so concurrent saves cannot both win),
 * read by key, delete a draft, with the area, offer, word and word-and-area index rows kept in step.
 */
final class SolutionEntries {

    /** The columns lists show: the entity's preloaded ones, and its key. */
    private static final String LIST_COLUMNS = "ID, " + String.join(", ",
            AoSolution.class.getAnnotation(Preload.class).value());

    private final ActiveObjects ao;
    private final SolutionHistory history;

    SolutionEntries(ActiveObjects ao, SolutionHistory history) {
        this.ao = ao;
        this.history = history;
    }

    Solution create(SolutionContent content, String actor, Instant now) {
        return ao.executeInTransaction(() -> {
            Map<String, Object> row = new HashMap<>();
            row.put(AoSolution.NAME, content.name());
            row.put(AoSolution.NAME_LOWER, SolutionRows.sortName(content.name()));
            row.put(AoSolution.SUMMARY, content.summary());
            row.put(AoSolution.KIND, content.kind().code());
            row.put(AoSolution.PHASE, content.phase().code());
            row.put(AoSolution.STATE, EntryState.DRAFT.code());
            row.put(AoSolution.OWNER_CODE, content.ownerCouncil().value());
            row.put(AoSolution.CREATED_AT, Date.from(now));
            row.put(AoSolution.UPDATED_AT, Date.from(now));
            AoSolution entity = ao.create(AoSolution.class, row);
            SolutionRows.write(entity, content);
            entity.setCreatedBy(actor);
            entity.setEntryVersion(1);
            entity.save();
            writeIndexes(entity.getID(), content);
            claimVersion(ao, entity.getID(), 1, actor, now);
            SolutionKey key = SolutionKey.of(entity.getID());
            history.append(List.of(new HistoryEntry(key, "solution", "created", null, content.name(), actor, now)));
            return SolutionRows.toSolution(entity, true);
        });
    }

    Solution save(Solution current, Solution next, List<HistoryEntry> lines) {
        // A duplicate: someone else saved the same version a moment earlier; theirs is the next one.
        return AoSql.onDuplicate(() -> ao.executeInTransaction(() -> saveVersion(current, next, lines)), () -> {
            throw new Refusal.StaleVersion(current.version() + 1);
        });
    }

    private Solution saveVersion(Solution current, Solution next, List<HistoryEntry> lines) {
        AoSolution entity = entity(current.key());
        if (entity.getEntryVersion() != current.version()) {
            throw new Refusal.StaleVersion(entity.getEntryVersion());
        }
        claimVersion(ao, entity.getID(), current.version() + 1, lines.isEmpty() ? null : lines.get(0).actor(),
                next.updated());
        SolutionContent before = current.content();
        SolutionContent after = next.content();
        SolutionRows.write(entity, after);
        entity.setState(next.state().code());
        entity.setUpdatedAt(Date.from(next.updated()));
        entity.setConfirmedAt(next.lastConfirmed() == null ? null : Date.from(next.lastConfirmed()));
        entity.setEntryVersion(current.version() + 1);
        SolutionRows.write(entity, next.retirement());
        entity.save();
        if (indexesChanged(before, after)) {
            deleteIndexes(entity.getID());
            writeIndexes(entity.getID(), after);
        }
        history.append(lines);
        return SolutionRows.toSolution(entity, true);
    }

    void delete(Solution current) {
        ao.executeInTransaction(() -> {
            int id = (int) current.key().number();
            // Only the draft as read goes: a publish, adoption or edit since then leaves it and refuses.
            // Plain "COLUMN = ?" conditions: AO quotes the column names of those for PostgreSQL, not of arithmetic.
            int deleted = ao.deleteWithSQL(AoSolution.class, "ID = ? AND " + AoSolution.ENTRY_VERSION + " = ? AND "
                    + AoSolution.STATE + " = ? AND " + AoSolution.EVALUATING_COUNT + " = ? AND "
                    + AoSolution.USING_COUNT + " = ? AND " + AoSolution.STOPPED_COUNT + " = ?", id, current.version(),
                    EntryState.DRAFT.code(), 0, 0, 0);
            if (deleted != 1) {
                throw new Refusal.StaleVersion(current.version() + 1);
            }
            deleteIndexes(id);
            ao.deleteWithSQL(AoSolutionVersion.class, AoSolutionVersion.SOLUTION_ID + " = ?", id);
            ao.deleteWithSQL(AoPubliccodeExtra.class, AoPubliccodeExtra.SOLUTION_ID + " = ?", id);
            ao.deleteWithSQL(AoHistory.class, AoHistory.SOLUTION_ID + " = ?", id);
            return null;
        });
    }

    /** Inserts the unique claim on version {@code version} of the entry: the database lets only one writer have it. */
    static void claimVersion(ActiveObjects ao, int solutionId, int version, String actor, Instant at) {
        Map<String, Object> row = new HashMap<>();
        row.put(AoSolutionVersion.SOLUTION_ID, solutionId);
        row.put(AoSolutionVersion.VERSION_KEY, solutionId + ":" + version);
        row.put(AoSolutionVersion.SAVED_BY, actor);
        row.put(AoSolutionVersion.SAVED_AT, Date.from(at));
        ao.create(AoSolutionVersion.class, row);
    }

    Optional<Solution> find(SolutionKey key) {
        return find(key, true);
    }

    /**
     * The entry in one statement: the preloaded columns plus the long texts lists leave out (BENCHMARKS.md
     * finding); without {@code description}, not the description and outcomes (the card shows neither, issue 22).
     */
    Optional<Solution> find(SolutionKey key, boolean description) {
        OptionalInt id = EntryIds.of(key);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        List<String> columns = new ArrayList<>(List.of("ID", AoSolution.ADOPTER_NEEDS, AoSolution.RETIRE_REASON,
                AoSolution.LESSONS));
        if (description) {
            columns.addAll(List.of(AoSolution.DESCRIPTION, AoSolution.OUTCOMES));
        }
        AoSolution[] rows = ao.find(AoSolution.class, Query.select(String.join(", ", columns))
                .where("ID = ?", id.getAsInt()));
        return rows.length == 0 ? Optional.empty() : Optional.of(SolutionRows.toSolution(rows[0], true,
                description ? column -> true : column -> !column.equals(AoSolution.DESCRIPTION)
                        && !column.equals(AoSolution.OUTCOMES)));
    }

    Map<SolutionKey, Solution> findAll(Collection<SolutionKey> keys) {
        List<Integer> ids = EntryIds.of(keys);
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
            Solution s = SolutionRows.toSolution(e, false);
            out.put(s.key(), s);
        });
        return out;
    }

    List<Solution> withContact(long afterNumber, int limit) {
        if (afterNumber >= Integer.MAX_VALUE) {
            return List.of();
        }
        Query q = Query.select(LIST_COLUMNS).where(AoSolution.STATE + " = ? AND " + AoSolution.PHASE
                + " <> ? AND ID > ? AND " + AoSolution.CONTACT_KEY + " IS NOT NULL", EntryState.PUBLISHED.code(),
                Phase.RETIRED.code(), (int) afterNumber).order("ID").limit(limit);
        List<Solution> out = new ArrayList<>();
        ao.stream(AoSolution.class, q, e -> out.add(SolutionRows.toSolution(e, false)));
        return out;
    }

    List<Solution> confirmedBefore(Instant before, long afterNumber, int limit) {
        if (afterNumber >= Integer.MAX_VALUE) {
            return List.of();
        }
        Date cut = Date.from(before);
        String since = "(" + AoSolution.CONFIRMED_AT + " < ? OR (" + AoSolution.CONFIRMED_AT + " IS NULL AND "
                + AoSolution.CREATED_AT + " < ?))";
        Query q = Query.select(LIST_COLUMNS).where(AoSolution.STATE + " = ? AND " + AoSolution.PHASE
                + " <> ? AND ID > ? AND " + since, EntryState.PUBLISHED.code(), Phase.RETIRED.code(),
                (int) afterNumber, cut, cut).order("ID").limit(limit);
        List<Solution> out = new ArrayList<>();
        ao.stream(AoSolution.class, q, e -> out.add(SolutionRows.toSolution(e, false)));
        return out;
    }

    private AoSolution entity(SolutionKey key) {
        OptionalInt id = EntryIds.of(key);
        AoSolution entity = id.isEmpty() ? null : ao.get(AoSolution.class, id.getAsInt());
        if (entity == null) {
            throw new Refusal.NotFound(key.toString());
        }
        return entity;
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
        List<Map<String, Object>> wordAreas = new ArrayList<>();
        for (String token : SearchText.tokens(c.name(), c.summary())) {
            tokens.add(Map.of(AoSearchToken.SOLUTION_ID, id, AoSearchToken.TOKEN, token));
            for (String area : c.serviceAreas()) {
                wordAreas.add(Map.of(AoWordArea.SOLUTION_ID, id, AoWordArea.WORD, token, AoWordArea.AREA_CODE, area));
            }
        }
        createAll(AoSolutionArea.class, areas);
        createAll(AoSolutionOffer.class, offers);
        createAll(AoSearchToken.class, tokens);
        createAll(AoWordArea.class, wordAreas);
    }

    private <T extends RawEntity<Integer>> void createAll(Class<T> type, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            ao.create(type, rows);
        }
    }

    private void deleteIndexes(int id) {
        ao.deleteWithSQL(AoSolutionArea.class, AoSolutionArea.SOLUTION_ID + " = ?", id);
        ao.deleteWithSQL(AoSolutionOffer.class, AoSolutionOffer.SOLUTION_ID + " = ?", id);
        ao.deleteWithSQL(AoSearchToken.class, AoSearchToken.SOLUTION_ID + " = ?", id);
        ao.deleteWithSQL(AoWordArea.class, AoWordArea.SOLUTION_ID + " = ?", id);
    }
}
