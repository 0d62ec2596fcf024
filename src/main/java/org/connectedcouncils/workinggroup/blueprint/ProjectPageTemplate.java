package org.connectedcouncils.workinggroup.blueprint;

import static org.connectedcouncils.common.domain.HtmlText.escape;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.connectedcouncils.workinggroup.domain.WorkingGroup;

/**
 * The working-group project page in Confluence storage format ({@code blueprints/working-group-project-page.xml},
 * also the blueprint's content template): sections for aim, objectives, meetings and decisions, and the
 * {@code cc-working-group}, {@code cc-status-report} and {@code cc-portfolio} macros bound to the group. Filled in
 * the blueprint way: {@code <at:var at:name="x"/>} gets the escaped variable, {@code <at:i18n at:key="k"/>} the
 * escaped text of the key.
 */
public final class ProjectPageTemplate {

    public static final String RESOURCE = "/blueprints/working-group-project-page.xml";

    /** The template variables, all plain text (escaped when filled in). */
    public static final String GROUP_KEY = "groupKey";
    public static final String NAME = "name";
    public static final String AIM = "aim";
    public static final String LEAD_COUNCIL = "leadCouncil";
    public static final String MODEL = "model";
    public static final String SERVICE_AREAS = "serviceAreas";
    public static final String CADENCE = "cadence";
    public static final String EXIT_CRITERIA = "exitCriteria";

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "<at:var at:name=\"([A-Za-z]+)\"\\s*/>|<at:i18n at:key=\"([A-Za-z0-9.-]+)\"\\s*/>");

    private final String template;

    private ProjectPageTemplate(String template) {
        this.template = template;
    }

    /** Reads the template from the plugin's resources. */
    public static ProjectPageTemplate load() {
        try (InputStream in = ProjectPageTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return new ProjectPageTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The variables of a stored group; empty strings for what it lacks. */
    public static Map<String, String> variables(WorkingGroup group) {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put(GROUP_KEY, group.key().toString());
        vars.put(NAME, group.details().name());
        vars.put(AIM, group.details().aim());
        vars.put(LEAD_COUNCIL, group.leadCouncil().value());
        vars.put(MODEL, group.details().model() == null ? "" : group.details().model().code());
        vars.put(SERVICE_AREAS, String.join(", ", group.details().serviceAreas()));
        vars.put(CADENCE, nullToEmpty(group.details().cadence()));
        vars.put(EXIT_CRITERIA, nullToEmpty(group.details().exitCriteria()));
        return vars;
    }

    /** The page body: variables and i18n texts filled in and escaped; unknown variables become empty. */
    public String render(Map<String, String> variables, Function<String, String> i18n) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(1) != null ? variables.getOrDefault(m.group(1), "") : i18n.apply(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(escape(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
