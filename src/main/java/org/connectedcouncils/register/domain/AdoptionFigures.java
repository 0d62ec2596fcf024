package org.connectedcouncils.register.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals over the entries matching a filter: how many per phase and per service area, the councils' adoptions by
 * state, how many entries at least one other council uses, the owners' declared annual savings per currency (minor
 * units), and, kept apart, the annual savings councils using an entry reported for themselves (per currency). An
 * entry filed under two areas counts once in each area.
 */
public record AdoptionFigures(
        long solutions,
        Map<Phase, Long> byPhase,
        Map<String, Long> byServiceArea,
        AdoptionTotals adoptions,
        long reused,
        Map<String, Long> annualSavings,
        Map<String, Long> adopterSavings) {

    public static final AdoptionFigures NONE = new AdoptionFigures(0, Map.of(), Map.of(), AdoptionTotals.NONE, 0,
            Map.of(), Map.of());

    public AdoptionFigures {
        EnumMap<Phase, Long> phases = new EnumMap<>(Phase.class);
        phases.putAll(byPhase);
        byPhase = Collections.unmodifiableMap(phases);
        byServiceArea = Collections.unmodifiableMap(new TreeMap<>(byServiceArea));
        annualSavings = Collections.unmodifiableMap(new TreeMap<>(annualSavings));
        adopterSavings = Collections.unmodifiableMap(new TreeMap<>(adopterSavings == null ? Map.of()
                : adopterSavings));
        adoptions = adoptions == null ? AdoptionTotals.NONE : adoptions;
    }

    /** Figures without savings reported by adopters. */
    public AdoptionFigures(long solutions, Map<Phase, Long> byPhase, Map<String, Long> byServiceArea,
            AdoptionTotals adoptions, long reused, Map<String, Long> annualSavings) {
        this(solutions, byPhase, byServiceArea, adoptions, reused, annualSavings, Map.of());
    }

    /** Share of the matching entries that another council uses, 0 to 1 (0 when nothing matches). */
    public double reusedShare() {
        return solutions == 0 ? 0 : (double) reused / solutions;
    }

    /** Adoptions summed over entries, by state, and the lapsed ones apart. */
    public record AdoptionTotals(long evaluating, long using, long stopped, long lapsed) {

        public static final AdoptionTotals NONE = new AdoptionTotals(0, 0, 0, 0);

        /** Totals with no lapsed adoption. */
        public AdoptionTotals(long evaluating, long using, long stopped) {
            this(evaluating, using, stopped, 0);
        }

        public long total() {
            return evaluating + using + stopped + lapsed;
        }

        public AdoptionTotals plus(AdoptionCounts counts) {
            return new AdoptionTotals(evaluating + counts.evaluating(), using + counts.using(),
                    stopped + counts.stopped(), lapsed + counts.lapsed());
        }
    }
}
