package org.connectedcouncils.maturity.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.ImpactEntry;
import org.connectedcouncils.register.domain.Money;

/**
 * The impact roll-up: the entries' figures summed per group and per currency. An entry counts in every group it
 * belongs to (each of its areas); an entry with no figure, no counted adopter and no outcomes is left out.
 */
public record ImpactRollup(ImpactFilter filter, List<ImpactGroup> groups, Map<CouncilCode, String> councilNames) {

    public ImpactRollup {
        groups = List.copyOf(groups);
        councilNames = Map.copyOf(councilNames);
    }

    /** A council's name, or its code when the directory does not know it. */
    public String councilName(CouncilCode code) {
        return councilNames.getOrDefault(code, code.value());
    }

    /**
     * Sums {@code entries} for {@code filter}; {@code names} gives a group code its display name, and
     * {@code councilNames} the owners' and adopters' names.
     */
    public static ImpactRollup of(ImpactFilter filter, List<ImpactEntry> entries, Function<String, String> names,
            Map<CouncilCode, String> councilNames) {
        return of(filter, entries, names, code -> null, councilNames);
    }

    /** As {@link #of(ImpactFilter, List, Function, Map)}, with {@code welshNames} giving a group its Welsh name. */
    public static ImpactRollup of(ImpactFilter filter, List<ImpactEntry> entries, Function<String, String> names,
            Function<String, String> welshNames, Map<CouncilCode, String> councilNames) {
        Map<String, List<ImpactEntry>> byGroup = new LinkedHashMap<>();
        for (ImpactEntry entry : entries) {
            if (!accepts(filter, entry) || !contributes(entry)) {
                continue;
            }
            if (filter.by() == ImpactGrouping.COUNCIL) {
                byGroup.computeIfAbsent(entry.owner().value(), k -> new ArrayList<>()).add(entry);
            } else {
                for (String area : entry.areas()) {
                    if (filter.area() == null || filter.area().equals(area)) {
                        byGroup.computeIfAbsent(area, k -> new ArrayList<>()).add(entry);
                    }
                }
            }
        }
        List<ImpactGroup> groups = new ArrayList<>();
        byGroup.forEach((code, members) -> groups.add(group(code, names.apply(code), welshNames.apply(code),
                members)));
        groups.sort(Comparator.comparing((ImpactGroup g) -> g.name().toLowerCase(Locale.ROOT))
                .thenComparing(ImpactGroup::code));
        return new ImpactRollup(filter, groups, councilNames);
    }

    /** The councils other than the owner whose adoption counts. */
    public static List<CouncilCode> adopters(ImpactEntry entry) {
        return entry.adoptions().stream().map(ImpactEntry.CountedAdoption::council)
                .filter(c -> !c.equals(entry.owner())).distinct().toList();
    }

    private static ImpactGroup group(String code, String name, String welshName, List<ImpactEntry> members) {
        Map<String, ImpactTotal> totals = new TreeMap<>();
        Set<CouncilCode> reusing = new HashSet<>();
        List<ImpactLine> lines = new ArrayList<>();
        for (ImpactEntry entry : members) {
            List<CouncilCode> adopters = adopters(entry);
            reusing.addAll(adopters);
            Long reuse = entry.annualSaving() == null ? null : Math.multiplyExact(entry.annualSaving(),
                    (long) adopters.size());
            if (entry.currency() != null) {
                totals.compute(entry.currency(), (c, t) -> (t == null ? ImpactTotal.zero(c) : t).plusEntry(
                        entry.annualSaving(), reuse == null ? 0 : reuse, adopters.size(), entry.oneOffCost(),
                        entry.runningCost()));
            }
            List<Money> reported = new ArrayList<>();
            for (ImpactEntry.CountedAdoption adoption : entry.adoptions()) {
                Money saving = adoption.reportedSaving();
                if (saving != null && !adoption.council().equals(entry.owner())) {
                    reported.add(saving);
                    totals.compute(saving.currency(), (c, t) -> (t == null ? ImpactTotal.zero(c) : t)
                            .plusReport(saving.minorUnits()));
                }
            }
            lines.add(new ImpactLine(entry.key(), entry.name(), entry.owner(), entry.currency(),
                    entry.annualSaving(), adopters, reuse, entry.oneOffCost(), entry.runningCost(), reported,
                    entry.outcomes()));
        }
        lines.sort(Comparator.comparing((ImpactLine l) -> l.name().toLowerCase(Locale.ROOT))
                .thenComparing(ImpactLine::key));
        return new ImpactGroup(code, name, welshName, new ArrayList<>(totals.values()), reusing.size(), members.size(),
                lines.subList(0, Math.min(lines.size(), ImpactGroup.MAX_LINES)));
    }

    private static boolean accepts(ImpactFilter filter, ImpactEntry entry) {
        return (filter.council() == null || filter.council().equals(entry.owner()))
                && (filter.area() == null || entry.areas().contains(filter.area()));
    }

    private static boolean contributes(ImpactEntry entry) {
        return entry.annualSaving() != null || entry.oneOffCost() != null || entry.runningCost() != null
                || !entry.adoptions().isEmpty() || (entry.outcomes() != null && !entry.outcomes().isBlank());
    }
}
