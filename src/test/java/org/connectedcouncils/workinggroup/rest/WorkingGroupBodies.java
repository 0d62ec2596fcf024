package org.connectedcouncils.workinggroup.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON request bodies for the working-group REST tests, as maps a test can change before sending. */
final class WorkingGroupBodies {

    static final String BRIGHTON = "E06000043";
    static final String HACKNEY = "E09000012";
    static final String LEEDS = "E08000035";

    private WorkingGroupBodies() {
    }

    /** A valid create body: a community of practice led by Brighton with Hackney as member. */
    static Map<String, Object> group() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Waste digital forum");
        body.put("aim", "Share what works in online bin and recycling services.");
        body.put("serviceAreas", List.of("waste"));
        body.put("model", "community-of-practice");
        body.put("cadence", "Monthly, online");
        body.put("exitCriteria", "Every member runs a live missed-bin report service.");
        body.put("leadCouncil", BRIGHTON);
        body.put("memberCouncils", List.of(HACKNEY));
        return body;
    }

    /** The blueprint wizard's submit for space {@code WASTE}. */
    static Map<String, Object> wizard() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("spaceKey", "WASTE");
        body.put("name", "Waste digital forum");
        body.put("aim", "Share what works in online bin and recycling services.");
        body.put("leadCouncil", BRIGHTON);
        body.put("serviceAreas", List.of("waste"));
        body.put("model", "joint-discovery");
        body.put("memberCouncils", List.of(HACKNEY));
        return body;
    }

    static Map<String, Object> report(String date, String rag) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", date);
        body.put("rag", rag);
        body.put("summary", "Discovery interviews done in all councils.");
        body.put("achievements", "Twelve interviews.");
        body.put("nextSteps", "Write up findings.");
        body.put("risks", "Summer holidays.");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }
}
