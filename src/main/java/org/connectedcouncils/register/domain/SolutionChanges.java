package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.Coded;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Works out which fields an edit changed, as history lines (field, old value, new value). */
public final class SolutionChanges {

    private static final Map<String, Function<SolutionContent, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("name", SolutionContent::name);
        FIELDS.put("summary", SolutionContent::summary);
        FIELDS.put("description", SolutionContent::description);
        FIELDS.put("kind", c -> code(c.kind()));
        FIELDS.put("phase", c -> code(c.phase()));
        FIELDS.put("ownerCouncil", SolutionContent::ownerCouncil);
        FIELDS.put("keyContact", SolutionContent::keyContact);
        FIELDS.put("serviceAreas", c -> String.join(", ", c.serviceAreas()));
        FIELDS.put("offers", c -> String.join(", ", c.sortedOffers().stream().map(Coded::code).toList()));
        FIELDS.put("landingUrl", SolutionContent::landingUrl);
        FIELDS.put("repositoryUrl", SolutionContent::repositoryUrl);
        FIELDS.put("licence", SolutionContent::licence);
        FIELDS.put("softwareType", c -> code(c.softwareType()));
        FIELDS.put("maintenance", c -> code(c.maintenance()));
        FIELDS.put("platforms", c -> String.join(", ", c.platforms()));
        FIELDS.put("categories", c -> String.join(", ", c.categories()));
        FIELDS.put("budgetBand", c -> code(c.budgetBand()));
        FIELDS.put("oneOffCost", c -> money(c.oneOffCost()));
        FIELDS.put("annualRunningCost", c -> money(c.annualRunningCost()));
        FIELDS.put("annualSaving", c -> money(c.annualSaving()));
        FIELDS.put("citizenOutcomes", SolutionContent::citizenOutcomes);
        FIELDS.put("reuse.support", c -> code(c.reuse().support()));
        FIELDS.put("reuse.contact", c -> c.reuse().contact());
        FIELDS.put("reuse.procurementRoute", c -> code(c.reuse().procurementRoute()));
        FIELDS.put("reuse.dpiaAvailable", c -> c.reuse().dpiaAvailable());
        FIELDS.put("reuse.dpiaUrl", c -> c.reuse().dpiaUrl());
        FIELDS.put("reuse.accessibilityStatementUrl", c -> c.reuse().accessibilityStatementUrl());
        FIELDS.put("reuse.hostingOptions", c -> String.join(", ",
                c.reuse().sortedHostingOptions().stream().map(Coded::code).toList()));
        FIELDS.put("reuse.adoptionOneOffCost", c -> money(c.reuse().adoptionOneOffCost()));
        FIELDS.put("reuse.adoptionAnnualCost", c -> money(c.reuse().adoptionAnnualCost()));
        FIELDS.put("reuse.adopterNeeds", c -> c.reuse().adopterNeeds());
    }

    private SolutionChanges() {
    }

    /** One line per field whose value differs; empty values are written as null. */
    public static List<HistoryEntry> between(SolutionKey key, SolutionContent before, SolutionContent after,
            String actor, java.time.Instant at) {
        List<HistoryEntry> lines = new ArrayList<>();
        FIELDS.forEach((field, getter) -> {
            String old = text(getter.apply(before));
            String now = text(getter.apply(after));
            if (!Objects.equals(old, now)) {
                lines.add(new HistoryEntry(key, "solution", field, old, now, actor, at));
            }
        });
        return lines;
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }

    private static String money(Money m) {
        return m == null ? null : m.minorUnits() + " " + m.currency();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.isEmpty() ? null : s;
    }
}
