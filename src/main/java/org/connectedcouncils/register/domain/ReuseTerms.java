package org.connectedcouncils.register.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a council needs to know before it can adopt an entry (its reuse conditions and support, as the Interoperable
 * Europe Act, Article 4(1), asks): support offered, a contact for reuse, the procurement route, whether a data
 * protection impact assessment is available (and where), the accessibility statement, hosting options, the estimated
 * cost to adopt (one-off and annual, in the entry's currency) and what an adopter needs. Every value is optional.
 */
public record ReuseTerms(
        SupportLevel support,
        String contact,
        ProcurementRoute procurementRoute,
        Boolean dpiaAvailable,
        String dpiaUrl,
        String accessibilityStatementUrl,
        Set<Hosting> hostingOptions,
        Money adoptionOneOffCost,
        Money adoptionAnnualCost,
        String adopterNeeds) {

    /** Terms with nothing stated. */
    public static final ReuseTerms NONE = new ReuseTerms(null, null, null, null, null, null, Set.of(), null, null,
            null);

    public ReuseTerms {
        hostingOptions = hostingOptions == null || hostingOptions.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(hostingOptions));
    }

    /** Hosting options in declaration order, for stable display and storage. */
    public List<Hosting> sortedHostingOptions() {
        return hostingOptions.stream().sorted().toList();
    }

    /** True when nothing is stated. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
