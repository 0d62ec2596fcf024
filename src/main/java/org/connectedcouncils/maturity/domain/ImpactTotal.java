package org.connectedcouncils.maturity.domain;

/**
 * One group's sums in one currency (minor units), each with the count it was summed over: owners' declared annual
 * savings (over entries), reuse savings (declared saving x counted adopters, over adoptions), savings adopters
 * reported themselves (over reports; never added to the owners'), and one-off and running costs (over entries).
 */
public record ImpactTotal(String currency, long declared, int declaredEntries, long reuse, int reuseAdoptions,
        long reported, int reports, long oneOff, int oneOffEntries, long running, int runningEntries) {

    public static ImpactTotal zero(String currency) {
        return new ImpactTotal(currency, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    ImpactTotal plusEntry(Long saving, long reuseSaving, int adopters, Long oneOffCost, Long runningCost) {
        return new ImpactTotal(currency, declared + value(saving), declaredEntries + count(saving),
                reuse + reuseSaving, reuseAdoptions + (saving == null ? 0 : adopters), reported, reports,
                oneOff + value(oneOffCost), oneOffEntries + count(oneOffCost), running + value(runningCost),
                runningEntries + count(runningCost));
    }

    ImpactTotal plusReport(long amount) {
        return new ImpactTotal(currency, declared, declaredEntries, reuse, reuseAdoptions, reported + amount,
                reports + 1, oneOff, oneOffEntries, running, runningEntries);
    }

    private static long value(Long amount) {
        return amount == null ? 0 : amount;
    }

    private static int count(Long amount) {
        return amount == null ? 0 : 1;
    }
}
