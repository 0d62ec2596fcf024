package org.connectedcouncils.register.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON request bodies for the register's REST tests, as maps a test can change before sending. */
final class SolutionBodies {

    private SolutionBodies() {
    }

    /** A valid create body for an entry owned by Brighton (council A). */
    static Map<String, Object> valid() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Bin collection day finder");
        body.put("summary", "Residents look up their bin collection day by postcode");
        body.put("description", "Reads the round schedule and answers by postcode.");
        body.put("kind", "software");
        body.put("phase", "beta");
        body.put("ownerCouncil", "E06000043");
        body.put("keyContact", "user-brighton-editor");
        body.put("serviceAreas", List.of("waste"));
        body.put("offers", List.of("share-code"));
        body.put("landingUrl", "https://www.brighton-hove.gov.uk/bins");
        body.put("repositoryUrl", "https://github.com/brighton-hove/bin-finder");
        body.put("licence", "MIT");
        body.put("softwareType", "standalone/web");
        body.put("maintenance", "internal");
        body.put("platforms", List.of("web"));
        body.put("categories", List.of("customer-service-and-support"));
        body.put("budgetBand", "from-10k-to-50k");
        body.put("oneOffCost", money(125000));
        body.put("annualRunningCost", money(30000));
        body.put("annualSaving", money(1200000));
        body.put("citizenOutcomes", "Fewer calls about missed bins.");
        return body;
    }

    static Map<String, Object> money(long amount) {
        Map<String, Object> money = new LinkedHashMap<>();
        money.put("amount", amount);
        money.put("currency", "GBP");
        return money;
    }

    static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = valid();
        body.put(field, value);
        return body;
    }
}
