package org.connectedcouncils.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.confluence.pages.Page;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The release build compiles the tests against the real Atlassian jars, whose interfaces have more abstract methods
 * than the stand-ins: so no test or benchmark class may implement or extend an Atlassian type (fakes go through the
 * app's own ports, {@code HostFake} proxies or Mockito). The stand-ins themselves are main classes and not imported.
 */
public class TestFakesTest {

    private static final ArchRule NO_ATLASSIAN_SUBTYPES = noClasses()
            .should().beAssignableTo(resideInAPackage("com.atlassian.."))
            .because("the release build compiles tests against the real, larger Atlassian types");

    private static JavaClasses testScope;

    @BeforeClass
    public static void importClasses() {
        // src/test/java and src/bench/java both compile to target/test-classes.
        testScope = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.connectedcouncils");
    }

    @Test
    public void testScope_holdsTheTestsAndTheBenchmark() {
        assertThat(testScope.contain(TestFakesTest.class)).isTrue();
        assertThat(testScope.contain("org.connectedcouncils.bench.BenchMain")).isTrue();
        assertThat(testScope.contain("org.connectedcouncils.host.AdminServlet")).isFalse();
    }

    @Test
    public void noTestClass_implementsOrExtendsAnAtlassianType() {
        NO_ATLASSIAN_SUBTYPES.check(testScope);
    }

    @Test
    public void theRule_tripsOnAnAtlassianSubtype() {
        JavaClasses standIn = new ClassFileImporter().importClasses(Page.class);

        assertThat(NO_ATLASSIAN_SUBTYPES.evaluate(standIn).hasViolation()).isTrue();
    }
}
