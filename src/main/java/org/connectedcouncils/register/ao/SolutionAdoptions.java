package org.connectedcouncils.register.ao;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;

/**
 * Councils' adoptions of register entries: one row per (entry, council), held unique by a pair key, with the
 * entry's adoption counts recounted in the same transaction.
 */
final class SolutionAdoptions {

    static final String ADOPTION_EXISTS = "connected-councils.conflict.adoptionExists";
    static final String ADOPTION_CHANGED = "connected-councils.conflict.adoptionChanged";

    private final ActiveObjects ao;
    private final SolutionHistory history;

    SolutionAdoptions(ActiveObjects ao, SolutionHistory history) {
        this.ao = ao;
        this.history = history;
    }

    Adoption save(Solution solution, Adoption previous, Adoption next, List<HistoryEntry> lines) {
        return AoSql.uniqueOrConflict(ADOPTION_EXISTS, () -> ao.executeInTransaction(() -> {
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
                row = row(solutionId, next.council()).orElseThrow(() -> new Refusal.Conflict(ADOPTION_EXISTS));
                unchangedSince(row, previous);
            }
            row.setState(next.state().code());
            row.setSince(next.since() == null ? null : Date.from(next.since().atStartOfDay(ZoneOffset.UTC)
                    .toInstant()));
            row.setEvidenceUrl(next.evidenceUrl());
            row.setDeclaredBy(next.declaredBy());
            row.setDeclaredAt(Date.from(next.declaredAt()));
            row.setConfirmedBy(next.confirmedBy());
            row.setConfirmedAt(next.confirmedAt() == null ? null : Date.from(next.confirmedAt()));
            row.setCheckedAt(next.checkedAt() == null ? null : Date.from(next.checkedAt()));
            row.setLapsedAt(next.lapsedAt() == null ? null : Date.from(next.lapsedAt()));
            SolutionRows.write(row, next.details());
            row.save();
            recount(ao, solutionId);
            history.append(lines);
            return SolutionRows.toAdoption(row);
        }));
    }

    /**
     * Refuses the write unless the row still holds {@code previous}: rewriting its own pair key takes the row lock, so
     * a concurrent declaration or confirmation waits for this one and then finds the row changed.
     */
    private void unchangedSince(AoAdoption row, Adoption previous) {
        row.setPairKey(row.getPairKey());
        row.save();
        if (!row(row.getSolutionId(), previous.council()).map(SolutionRows::toAdoption).filter(previous::equals)
                .isPresent()) {
            throw new Refusal.Conflict(ADOPTION_CHANGED);
        }
    }

    Optional<Adoption> find(SolutionKey key, CouncilCode council) {
        return row((int) key.number(), council).map(SolutionRows::toAdoption);
    }

    Page<Adoption> ofEntry(SolutionKey key, PageRequest page) {
        return page(AoAdoption.SOLUTION_ID + " = ?", (int) key.number(), page);
    }

    Page<Adoption> byCouncil(CouncilCode council, PageRequest page) {
        return page(AoAdoption.COUNCIL_CODE + " = ?", council.value(), page);
    }

    /**
     * Recounts the entry's adoptions by state from the rows themselves, so concurrent declarations cannot drift;
     * lapsed adoptions are counted apart, in no state.
     */
    static void recount(ActiveObjects ao, int solutionId) {
        Map<AdoptionState, Integer> counts = new EnumMap<>(AdoptionState.class);
        for (AdoptionState state : AdoptionState.values()) {
            counts.put(state, ao.count(AoAdoption.class, Query.select().where(AoAdoption.SOLUTION_ID + " = ? AND "
                    + AoAdoption.STATE + " = ? AND " + AoAdoption.LAPSED_AT + " IS NULL", solutionId, state.code())));
        }
        int lapsed = ao.count(AoAdoption.class, Query.select().where(AoAdoption.SOLUTION_ID + " = ? AND "
                + AoAdoption.LAPSED_AT + " IS NOT NULL", solutionId));
        AoSolution entity = ao.get(AoSolution.class, solutionId);
        entity.setEvaluatingCount(counts.get(AdoptionState.EVALUATING));
        entity.setUsingCount(counts.get(AdoptionState.USING));
        entity.setStoppedCount(counts.get(AdoptionState.STOPPED));
        entity.setLapsedCount(lapsed);
        entity.save();
    }

    private Optional<AoAdoption> row(int solutionId, CouncilCode council) {
        AoAdoption[] rows = ao.find(AoAdoption.class, Query.select()
                .where(AoAdoption.PAIR_KEY + " = ?", pairKey(solutionId, council)));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private Page<Adoption> page(String where, Object param, PageRequest page) {
        Query q = Query.select().where(where, param)
                .order(AoAdoption.DECLARED_AT + " DESC, ID DESC")
                .limit(page.limit()).offset(page.start());
        List<Adoption> items = Arrays.stream(ao.find(AoAdoption.class, q)).map(SolutionRows::toAdoption).toList();
        int total = ao.count(AoAdoption.class, Query.select().where(where, param));
        return new Page<>(items, page.start(), page.limit(), total);
    }

    private static String pairKey(int solutionId, CouncilCode council) {
        return solutionId + ":" + council.value();
    }
}
