package org.connectedcouncils.maturity.rest;

import java.util.List;

import org.connectedcouncils.maturity.domain.ImpactGroup;
import org.connectedcouncils.maturity.domain.ImpactLine;
import org.connectedcouncils.maturity.domain.ImpactTotal;
import org.connectedcouncils.register.rest.MoneyJson;

/**
 * One council's or service area's impact: per currency the sums and what each was summed over, how many other
 * councils reuse its entries, and the entries behind the figures with their citizen outcomes.
 */
public record ImpactGroupJson(String code, String name, int entries, int councilsReusing, List<Total> totals,
        List<Line> lines) {

    /** Sums in one currency (minor units), each beside the number of entries, adoptions or reports behind it. */
    public record Total(String currency, long declaredSavings, int declaredEntries, long reuseSavings,
            int reuseAdoptions, long adopterReportedSavings, int adopterReports, long oneOffCosts, int oneOffEntries,
            long runningCosts, int runningEntries) {
    }

    /** One entry behind the figures. */
    public record Line(String key, String name, String owner, String currency, Long annualSaving,
            List<String> adopters, Long reuseSaving, Long oneOffCost, Long runningCost, List<MoneyJson> reported,
            String outcomes) {
    }

    /** The group, a service area named in the request's language ({@code welsh}). */
    static ImpactGroupJson of(ImpactGroup group, boolean welsh) {
        return new ImpactGroupJson(group.code(), group.nameFor(welsh), group.entries(), group.councilsReusing(),
                group.totals().stream().map(ImpactGroupJson::total).toList(),
                group.lines().stream().map(ImpactGroupJson::line).toList());
    }

    private static Total total(ImpactTotal t) {
        return new Total(t.currency(), t.declared(), t.declaredEntries(), t.reuse(), t.reuseAdoptions(),
                t.reported(), t.reports(), t.oneOff(), t.oneOffEntries(), t.running(), t.runningEntries());
    }

    private static Line line(ImpactLine l) {
        return new Line(l.key().toString(), l.name(), l.owner().value(), l.currency(), l.annualSaving(),
                l.adopters().stream().map(c -> c.value()).toList(), l.reuseSaving(), l.oneOffCost(), l.runningCost(),
                l.reported().stream().map(m -> new MoneyJson(m.minorUnits(), m.currency())).toList(), l.outcomes());
    }
}
