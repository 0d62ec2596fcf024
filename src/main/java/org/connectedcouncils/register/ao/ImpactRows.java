package org.connectedcouncils.register.ao;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.ImpactEntry;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.SolutionKey;

/**
 * The impact roll-up's read of the register: published entries' figures and outcomes (one streamed statement) and
 * the adoptions that count towards reuse (one more). Which adoptions count is decided here only, by
 * {@link #COUNTED_ADOPTION}.
 */
final class ImpactRows {

    /**
     * The one predicate saying which adoptions the roll-up counts: in use, and confirmed by the entry's owner (a
     * change of state clears the confirmation), and not lapsed (the adopter did not say it still uses it, issue 18).
     */
    static final String COUNTED_ADOPTION = "ad." + AoAdoption.STATE + " = ? AND ad.CONFIRMED_AT"
            + " IS NOT NULL AND ad." + AoAdoption.LAPSED_AT + " IS NULL";
    static final Object[] COUNTED_ADOPTION_PARAMS = {AdoptionState.USING.code()};

    private static final String ENTRY_COLUMNS = String.join(", ", "ID", AoSolution.NAME, AoSolution.OWNER_CODE,
            AoSolution.AREAS, AoSolution.CURRENCY, AoSolution.ONE_OFF_COST, AoSolution.RUNNING_COST,
            AoSolution.ANNUAL_SAVING, AoSolution.OUTCOMES);

    private final ActiveObjects ao;

    ImpactRows(ActiveObjects ao) {
        this.ao = ao;
    }

    List<ImpactEntry> entries() {
        Map<Integer, List<ImpactEntry.CountedAdoption>> adoptions = countedAdoptions();
        List<ImpactEntry> entries = new ArrayList<>();
        ao.stream(AoSolution.class, Query.select(ENTRY_COLUMNS).where(AoSolution.STATE + " = ?",
                EntryState.PUBLISHED.code()).order("ID"), row -> entries.add(new ImpactEntry(
                        SolutionKey.of(row.getID()), row.getName(), CouncilCode.of(row.getOwnerCode()),
                        SolutionRows.split(row.getAreas()), row.getCurrency(), row.getOneOffCost(),
                        row.getRunningCost(), row.getAnnualSaving(), row.getOutcomes(),
                        adoptions.getOrDefault(row.getID(), List.of()))));
        return entries;
    }

    /** The counted adoptions of published entries, by entry ID, in council order. */
    private Map<Integer, List<ImpactEntry.CountedAdoption>> countedAdoptions() {
        Map<Integer, List<ImpactEntry.CountedAdoption>> byEntry = new HashMap<>();
        List<Object> params = new ArrayList<>(List.of(COUNTED_ADOPTION_PARAMS));
        params.add(EntryState.PUBLISHED.code());
        Query q = Query.select("ID, " + AoAdoption.SOLUTION_ID + ", " + AoAdoption.COUNCIL_CODE + ", "
                + AoAdoption.ANNUAL_SAVING + ", " + AoAdoption.SAVING_CURRENCY)
                .alias(AoAdoption.class, "ad")
                .join(AoSolution.class, "s.ID = ad." + AoAdoption.SOLUTION_ID).alias(AoSolution.class, "s")
                .where(COUNTED_ADOPTION + " AND s." + AoSolution.STATE + " = ?", params.toArray())
                .order("ad." + AoAdoption.COUNCIL_CODE);
        ao.stream(AoAdoption.class, q, row -> byEntry.computeIfAbsent(row.getSolutionId(), k -> new ArrayList<>())
                .add(new ImpactEntry.CountedAdoption(CouncilCode.of(row.getCouncilCode()),
                        row.getAnnualSaving() == null || row.getSavingCurrency() == null ? null
                                : Money.of(row.getAnnualSaving(), row.getSavingCurrency()))));
        return byEntry;
    }
}
