package org.connectedcouncils.common.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.connectedcouncils.profile.rest.CouncilDetailJson;
import org.connectedcouncils.council.rest.CouncilJson;
import org.connectedcouncils.register.rest.AdoptionCountsJson;
import org.connectedcouncils.register.rest.AdoptionInput;
import org.connectedcouncils.register.rest.AdoptionJson;
import org.connectedcouncils.register.rest.RetirementJson;
import org.connectedcouncils.register.rest.ReuseTermsJson;
import org.connectedcouncils.register.rest.SimilarEntriesJson;
import org.connectedcouncils.register.rest.SimilarEntryJson;
import org.connectedcouncils.register.rest.CsvImportJson;
import org.connectedcouncils.register.rest.CsvImportLines;
import org.connectedcouncils.register.rest.HistoryEntryJson;
import org.connectedcouncils.register.rest.MoneyJson;
import org.connectedcouncils.register.rest.PubliccodeImportJson;
import org.connectedcouncils.register.rest.ServiceAreaJson;
import org.connectedcouncils.register.rest.SolutionInput;
import org.connectedcouncils.register.rest.SolutionJson;
import org.connectedcouncils.register.rest.SolutionListJson;
import org.connectedcouncils.register.rest.SolutionSummaryJson;
import org.connectedcouncils.admin.rest.CouncilInput;
import org.connectedcouncils.admin.rest.MergeInput;
import org.connectedcouncils.admin.rest.MergeJson;
import org.connectedcouncils.admin.rest.RoleMappingJson;
import org.connectedcouncils.admin.rest.ServiceAreaInput;
import org.connectedcouncils.admin.rest.SettingsJson;
import org.connectedcouncils.testing.RestServer;
import org.connectedcouncils.workinggroup.rest.DeclineInput;
import org.connectedcouncils.workinggroup.rest.GroupAccessJson;
import org.connectedcouncils.workinggroup.rest.HandOverInput;
import org.connectedcouncils.workinggroup.rest.JoinRequestInput;
import org.connectedcouncils.workinggroup.rest.JoinRequestJson;
import org.connectedcouncils.workinggroup.rest.MembershipJson;
import org.connectedcouncils.workinggroup.rest.PortfolioItemJson;
import org.connectedcouncils.workinggroup.rest.PortfolioJson;
import org.connectedcouncils.workinggroup.rest.ProjectPageInput;
import org.connectedcouncils.workinggroup.rest.RoleInput;
import org.connectedcouncils.workinggroup.rest.StatusInput;
import org.connectedcouncils.workinggroup.rest.StatusReportInput;
import org.connectedcouncils.workinggroup.rest.StatusReportJson;
import org.connectedcouncils.workinggroup.rest.WorkingGroupInput;
import org.connectedcouncils.workinggroup.rest.WorkingGroupJson;
import org.connectedcouncils.workinggroup.rest.WorkingGroupSummaryJson;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The OpenAPI description shipped in the jar says exactly what the resources do: the same paths, methods and
 * status codes (read from their annotations), and the same JSON property names as the DTO records.
 */
public class OpenApiDescriptionTest {

    private static final String LOCATION = "/openapi/connected-councils.yaml";

    private static JsonNode description;

    @BeforeClass
    public static void readDescription() throws IOException {
        try (InputStream in = OpenApiDescriptionTest.class.getResourceAsStream(LOCATION)) {
            assertThat(in).as(LOCATION + " on the class path").isNotNull();
            // a key twice (two features naming a schema alike) fails here; a lenient read keeps the last silently
            description = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
                    .readTree(in);
        }
    }

    @Test
    public void description_isOpenApi3ServedUnderTheRestBase() {
        String version = description.path("openapi").asText();
        String server = description.path("servers").get(0).path("url").asText();

        assertThat(version).startsWith("3.");
        assertThat(server).isEqualTo(RestServer.BASE_PATH);
    }

    /**
     * A hand-edited (or re-dumped) description whose plain scalar holds ", " followed by a line break turns the rest
     * of the sentence into a key with no value ({@code cents).: null}); no OpenAPI keyword but {@code default} and
     * {@code example} may be null here, so any other null-valued key is such a mangled description.
     */
    @Test
    public void description_hasNoNullValuedKeys() throws IOException {
        assertThat(nullValuedKeys(description, "#")).isEmpty();

        JsonNode mangled = new YAMLMapper().readTree("""
                amount:
                  type: integer
                  description: Minor units (pence
                  cents).: null
                """);
        assertThat(nullValuedKeys(mangled, "#")).containsExactly("#/amount/cents).");
    }

    private static List<String> nullValuedKeys(JsonNode node, String path) {
        List<String> found = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String child = path + "/" + field.getKey();
                if (field.getValue().isNull() && !Set.of("default", "example").contains(field.getKey())) {
                    found.add(child);
                }
                found.addAll(nullValuedKeys(field.getValue(), child));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(nullValuedKeys(node.get(i), path + "/" + i));
            }
        }
        return found;
    }

    @Test
    public void description_listsExactlyTheResourcesEndpointsAndStatusCodes() {
        Map<String, Set<Integer>> implemented = new TreeMap<>();
        for (RestEndpoints.Endpoint e : RestEndpoints.of(RestServer.RESOURCES)) {
            ResponseStatuses statuses = e.method().getAnnotation(ResponseStatuses.class);
            assertThat(statuses).as("@ResponseStatuses on " + e).isNotNull();
            Set<Integer> codes = new TreeSet<>();
            for (int code : statuses.value()) {
                codes.add(code);
            }
            implemented.merge(e.toString(), codes, (a, b) -> {
                a.addAll(b);
                return a;
            });
        }

        Map<String, Set<Integer>> described = new TreeMap<>();
        description.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!op.getKey().equals("parameters")) {
                Set<Integer> codes = new TreeSet<>();
                op.getValue().path("responses").fieldNames().forEachRemaining(code -> {
                    if (!code.equals("default")) {
                        codes.add(Integer.valueOf(code));
                    }
                });
                described.put(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), codes);
            }
        }));

        assertThat(described).isEqualTo(implemented);
    }

    @Test
    public void schemas_nameTheSamePropertiesAsTheJsonRecords() {
        Map<String, Class<?>> records = new LinkedHashMap<>();
        records.put("SolutionSummary", SolutionSummaryJson.class);
        records.put("Solution", SolutionJson.class);
        records.put("SolutionInput", SolutionInput.class);
        records.put("SolutionList", SolutionListJson.class);
        records.put("SolutionPage", PageJson.class);
        records.put("AdoptionPage", PageJson.class);
        records.put("HistoryPage", PageJson.class);
        records.put("CouncilPage", PageJson.class);
        records.put("ServiceAreaPage", PageJson.class);
        records.put("Money", MoneyJson.class);
        records.put("CouncilRef", CouncilRefJson.class);
        records.put("AdoptionCounts", AdoptionCountsJson.class);
        records.put("Adoption", AdoptionJson.class);
        records.put("AdoptionInput", AdoptionInput.class);
        records.put("ReuseTerms", ReuseTermsJson.class);
        records.put("Retirement", RetirementJson.class);
        records.put("SimilarEntries", SimilarEntriesJson.class);
        records.put("SimilarEntry", SimilarEntryJson.class);
        records.put("HistoryEntry", HistoryEntryJson.class);
        records.put("ServiceArea", ServiceAreaJson.class);
        records.put("Council", CouncilJson.class);
        records.put("CouncilDetail", CouncilDetailJson.class);
        records.put("Error", ErrorJson.class);
        records.put("Settings", SettingsJson.class);
        records.put("RoleMapping", RoleMappingJson.class);
        records.put("RoleMappingPage", PageJson.class);
        records.put("CouncilInput", CouncilInput.class);
        records.put("ServiceAreaInput", ServiceAreaInput.class);
        records.put("MergeInput", MergeInput.class);
        records.put("Merge", MergeJson.class);
        records.put("PubliccodeImportResult", PubliccodeImportJson.class);
        records.put("CsvImportResult", CsvImportJson.class);
        records.put("CsvImportProgressLine", CsvImportLines.Progress.class);
        records.put("CsvImportResultLine", CsvImportLines.Result.class);
        records.put("CsvImportErrorsLine", CsvImportLines.Errors.class);
        records.put("CsvImportFailedLine", CsvImportLines.Failed.class);
        // ----- working groups, status reports and portfolio -----
        records.put("WorkingGroup", WorkingGroupJson.class);
        records.put("WorkingGroupInput", WorkingGroupInput.class);
        records.put("ProjectPageInput", ProjectPageInput.class);
        records.put("WorkingGroupPage", PageJson.class);
        records.put("WorkingGroupSummary", WorkingGroupSummaryJson.class);
        records.put("GroupAccess", GroupAccessJson.class);
        records.put("Membership", MembershipJson.class);
        records.put("MembershipPage", PageJson.class);
        records.put("StatusInput", StatusInput.class);
        records.put("RoleInput", RoleInput.class);
        records.put("HandOverInput", HandOverInput.class);
        records.put("JoinRequest", JoinRequestJson.class);
        records.put("JoinRequestInput", JoinRequestInput.class);
        records.put("DeclineInput", DeclineInput.class);
        records.put("JoinRequestPage", PageJson.class);
        records.put("StatusReport", StatusReportJson.class);
        records.put("StatusReportInput", StatusReportInput.class);
        records.put("StatusReportPage", PageJson.class);
        records.put("PortfolioItem", PortfolioItemJson.class);
        records.put("Portfolio", PortfolioJson.class);
        // ----- maturity: impact roll-up (issue 20) -----
        records.put("ImpactGroupPage", PageJson.class);
        records.put("LeaderPage", PageJson.class);
        records.put("Leader", org.connectedcouncils.maturity.rest.LeaderJson.class);
        records.put("ImpactGroup", org.connectedcouncils.maturity.rest.ImpactGroupJson.class);
        records.put("ImpactTotal", org.connectedcouncils.maturity.rest.ImpactGroupJson.Total.class);
        records.put("ImpactLine", org.connectedcouncils.maturity.rest.ImpactGroupJson.Line.class);

        records.forEach((schema, type) -> {
            JsonNode properties = description.path("components").path("schemas").path(schema).path("properties");
            Set<String> described = new TreeSet<>();
            for (Iterator<String> names = properties.fieldNames(); names.hasNext();) {
                described.add(names.next());
            }

            assertThat(described).as("properties of schema " + schema).isEqualTo(jsonNames(type));
        });
    }

    private static Set<String> jsonNames(Class<?> record) {
        Set<String> names = new TreeSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            names.add(renamed == null ? component.getName() : renamed.value());
        }
        return names;
    }
}
