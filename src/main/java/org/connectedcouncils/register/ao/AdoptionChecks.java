package org.connectedcouncils.register.ao;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.service.SolutionStore.AdoptionCheck;
import org.connectedcouncils.register.service.SolutionStore.AdoptionCursor;

/**
 * The adopters' re-confirmation cycle on the adoption rows: current adoptions (evaluating or using, not lapsed) read
 * in batches by (entry, council), when each was last asked, and the conditional writes that record a question and
 * a lapse (with the entry's counts and history kept in step).
 */
final class AdoptionChecks {

    private static final String CURRENT = AoAdoption.STATE + " IN (?, ?) AND " + AoAdoption.LAPSED_AT + " IS NULL";
    private static final String AFTER = "(" + AoAdoption.SOLUTION_ID + " > ? OR (" + AoAdoption.SOLUTION_ID
            + " = ? AND " + AoAdoption.COUNCIL_CODE + " > ?))";

    private final ActiveObjects ao;
    private final SolutionHistory history;

    AdoptionChecks(ActiveObjects ao, SolutionHistory history) {
        this.ao = ao;
        this.history = history;
    }

    /** Current adoptions declared or last re-confirmed before {@code before}. */
    List<AdoptionCheck> checkedBefore(Instant before, AdoptionCursor after, int limit) {
        Date cut = Date.from(before);
        return read("((" + AoAdoption.CHECKED_AT + " IS NULL AND " + AoAdoption.DECLARED_AT + " < ?) OR "
                + AoAdoption.CHECKED_AT + " < ?)", after, limit, cut, cut);
    }

    /** Current adoptions whose adopter was asked before {@code before}. */
    List<AdoptionCheck> askedBefore(Instant before, AdoptionCursor after, int limit) {
        return read(AoAdoption.ASKED_AT + " < ?", after, limit, Date.from(before));
    }

    /** Records that the adopter was asked at {@code at}, unless the adoption changed since it was read. */
    boolean markAsked(AdoptionCheck check, Instant at) {
        return ao.executeInTransaction(() -> {
            Optional<AoAdoption> row = unchanged(check);
            row.ifPresent(r -> {
                r.setAskedAt(Date.from(at));
                r.save();
            });
            return row.isPresent();
        });
    }

    /** Marks the adoption lapsed at {@code at}, unless it changed since it was read; recounts and writes history. */
    Optional<Adoption> lapse(AdoptionCheck check, Instant at, HistoryEntry line) {
        return ao.executeInTransaction(() -> {
            Optional<AoAdoption> row = unchanged(check);
            row.ifPresent(r -> {
                r.setLapsedAt(Date.from(at));
                r.save();
                SolutionAdoptions.recount(ao, r.getSolutionId());
                history.append(List.of(line));
            });
            return row.map(SolutionRows::toAdoption);
        });
    }

    /** The row, locked by rewriting its pair key, if it still holds what {@code check} read. */
    private Optional<AoAdoption> unchanged(AdoptionCheck check) {
        Adoption a = check.adoption();
        AoAdoption[] rows = ao.find(AoAdoption.class, Query.select().where(AoAdoption.PAIR_KEY + " = ?",
                a.solution().number() + ":" + a.council().value()));
        if (rows.length == 0) {
            return Optional.empty();
        }
        AoAdoption row = rows[0];
        row.setPairKey(row.getPairKey());
        row.save();
        AoAdoption fresh = ao.get(AoAdoption.class, row.getID());
        Instant asked = fresh.getAskedAt() == null ? null : fresh.getAskedAt().toInstant();
        boolean same = SolutionRows.toAdoption(fresh).equals(a) && Objects.equals(asked, check.askedAt());
        return same ? Optional.of(fresh) : Optional.empty();
    }

    private List<AdoptionCheck> read(String condition, AdoptionCursor after, int limit, Object... params) {
        List<Object> all = new ArrayList<>(List.of(AdoptionState.EVALUATING.code(), AdoptionState.USING.code()));
        all.addAll(List.of(params));
        String where = CURRENT + " AND " + condition;
        if (after != null) {
            where += " AND " + AFTER;
            all.addAll(List.of((int) after.solution(), (int) after.solution(), after.council()));
        }
        List<AdoptionCheck> out = new ArrayList<>();
        for (AoAdoption row : ao.find(AoAdoption.class, Query.select().where(where, all.toArray())
                .order(AoAdoption.SOLUTION_ID + ", " + AoAdoption.COUNCIL_CODE).limit(limit))) {
            out.add(new AdoptionCheck(SolutionRows.toAdoption(row),
                    row.getAskedAt() == null ? null : row.getAskedAt().toInstant()));
        }
        return out;
    }
}
