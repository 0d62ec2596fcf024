package org.connectedcouncils.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The shape of the app in the large (DESIGN.md §4): one kernel, the features in one order without cycles, each
 * feature's adapters private to it and to the host, AO entities private to their feature's {@code ao}.
 */
public class FeatureOrderTest {

    private static final String APP = "org.connectedcouncils";
    /** Lowest first: each may use only the ones before it. maturity and notify are reserved for their features. */
    private static final List<String> ORDER = List.of("common", "council", "register", "workinggroup", "maturity",
            "notify", "profile", "admin", "host");
    private static final List<String> FEATURES = ORDER.subList(1, ORDER.size() - 1);
    /** A feature's adapters: entry points and storage that only the feature itself and host/ may use. */
    private static final List<String> ADAPTERS = List.of("ao", "rest", "macro", "io", "page");
    /** The one class through which another feature reads a feature's tables: the portfolio over register entries. */
    static final String PORTFOLIO_READS = APP + ".register.ao.PortfolioEntryRows";
    /** The macro skeleton every macro extends. */
    static final String BLOCK_MACRO = APP + ".common.macro.BlockMacro";

    private static JavaClasses production;

    @BeforeClass
    public static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(APP);
    }

    /** Rule 1. */
    @Test
    public void topLevelPackages_haveNoCycles() {
        slices().matching(APP + ".(*)..").should().beFreeOfCycles().check(production);
    }

    /** Rule 2: common ← council ← register ← workinggroup ← (maturity ← notify) ← profile ← admin ← host. */
    @Test
    public void features_areUsedOnlyByTheOnesAfterThem() {
        var layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
        for (String name : ORDER) {
            layers = layers.layer(name).definedBy(APP + "." + name + "..");
        }
        for (int i = 0; i < ORDER.size() - 1; i++) {
            layers = layers.whereLayer(ORDER.get(i))
                    .mayOnlyBeAccessedByLayers(ORDER.subList(i + 1, ORDER.size()).toArray(String[]::new));
        }
        layers.whereLayer("host").mayNotBeAccessedByAnyLayer().check(production);
    }

    /** Rule 3. */
    @Test
    public void common_dependsOnNoFeatureAndNoHost() {
        String[] above = ORDER.subList(1, ORDER.size()).stream().map(f -> APP + "." + f + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage(APP + ".common..").should().dependOnClassesThat()
                .resideInAnyPackage(above).check(production);
    }

    /**
     * Rule 4: a feature's ao, rest, macro, io and page are used from outside it only by host. Two exceptions, both
     * named: the portfolio store reads register entries through {@link #PORTFOLIO_READS}, and a later feature's REST
     * may reuse a lower feature's published JSON shapes ({@code rest.*Json} records), as the OpenAPI description
     * shares its schemas, so the two cannot drift apart.
     */
    @Test
    public void featureAdapters_areUsedFromOutsideOnlyByHost() {
        for (String feature : FEATURES) {
            String[] adapters = ADAPTERS.stream().map(a -> APP + "." + feature + "." + a + "..")
                    .toArray(String[]::new);
            classes().that().resideInAnyPackage(adapters)
                    .and(not(portfolioReads()))
                    .and(not(publishedJson()))
                    .should().onlyHaveDependentClassesThat()
                    .resideInAnyPackage(APP + "." + feature + "..", APP + ".host..")
                    .allowEmptyShould(true).check(production);
        }
        classes().that(portfolioReads()).should().onlyHaveDependentClassesThat()
                .resideInAnyPackage(APP + ".register..", APP + ".workinggroup.ao..", APP + ".host..")
                .allowEmptyShould(true).check(production);
        classes().that(publishedJson()).should().onlyHaveDependentClassesThat().resideInAnyPackage("..rest..",
                APP + ".host..").check(production);
    }

    /** Rule 5. */
    @Test
    public void aoEntities_areUsedOnlyInTheirOwnFeaturesAo() {
        for (String feature : FEATURES) {
            classes().that().resideInAPackage(APP + "." + feature + ".ao..").and()
                    .areAssignableTo("net.java.ao.RawEntity")
                    .should().onlyHaveDependentClassesThat().resideInAPackage(APP + "." + feature + ".ao..")
                    .allowEmptyShould(true).check(production);
        }
    }

    /** Rule 6: a whitelist, so a new framework cannot creep into the domain unnoticed. */
    @Test
    public void domain_dependsOnlyOnJavaAndDomain() {
        classes().that().resideInAPackage("..domain..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "..domain..", "").check(production);
    }

    /** Rule 7. */
    @Test
    public void everyMacro_extendsTheBlockMacroSkeleton() {
        classes().that().implement("com.atlassian.confluence.macro.Macro")
                .and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .should().beAssignableTo(BLOCK_MACRO).check(production);
    }

    /** Rule 8: final is not enough; a public static collection must also be unmodifiable (cluster-safe). */
    @Test
    public void noPublicStaticField_holdsAMutableCollection() {
        fields().that().areStatic().and().arePublic()
                .should(holdNoMutableCollection()).allowEmptyShould(true).check(production);
    }

    /** Rule 9 (DESIGN §5): one model version, taken in order; each upgrade task lives in its version's folder. */
    @Test
    public void aoModelVersions_areUniqueIncreasingAndMatchTheirFolders() throws IOException {
        String descriptor = Files.readString(Path.of("src/main/resources/atlassian-plugin.xml"));
        Matcher declared = Pattern.compile("<upgradeTask>([\\w.]+)</upgradeTask>").matcher(descriptor);
        List<Integer> versions = new ArrayList<>();
        while (declared.find()) {
            String name = declared.group(1);
            Matcher folder = Pattern.compile("\\.ao\\.upgrade\\.v(\\d+)\\.\\w+$").matcher(name);
            assertThat(folder.find()).as("%s lives in an ao/upgrade/vN folder", name).isTrue();
            int version = modelVersionOf(name);
            assertThat(version).as("model version of %s matches its folder", name)
                    .isEqualTo(Integer.parseInt(folder.group(1)));
            versions.add(version);
        }
        assertThat(versions).as("upgrade tasks in atlassian-plugin.xml").isNotEmpty()
                .doesNotHaveDuplicates().isSorted();
        List<String> tasks = production.stream()
                .filter(c -> c.isAssignableTo("com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask"))
                .filter(c -> !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName).toList();
        assertThat(descriptor).as("every upgrade task is declared").contains(tasks);
    }

    /** The version a task's {@code getModelVersion()} returns, read from its source (the stand-in has no body). */
    private static int modelVersionOf(String className) throws IOException {
        Path source = Path.of("src/main/java", className.replace('.', '/') + ".java");
        Matcher version = Pattern.compile("ModelVersion\\.valueOf\\(\"(\\d+)\"\\)").matcher(Files.readString(source));
        assertThat(version.find()).as("%s names its model version", className).isTrue();
        int value = Integer.parseInt(version.group(1));
        assertThat(version.find()).as("%s names one model version", className).isFalse();
        return value;
    }

    /** The portfolio's read class and the row type nested in it. */
    private static DescribedPredicate<JavaClass> portfolioReads() {
        return DescribedPredicate.describe("are " + PORTFOLIO_READS,
                c -> c.getName().equals(PORTFOLIO_READS) || c.getName().startsWith(PORTFOLIO_READS + "$"));
    }

    private static DescribedPredicate<JavaClass> publishedJson() {
        return DescribedPredicate.describe("are published JSON shapes (rest.*Json records)",
                c -> c.getPackageName().endsWith(".rest") && c.getSimpleName().endsWith("Json") && c.isRecord());
    }

    private static <T> DescribedPredicate<T> not(DescribedPredicate<T> predicate) {
        return DescribedPredicate.not(predicate);
    }

    private static ArchCondition<JavaField> holdNoMutableCollection() {
        return new ArchCondition<>("hold no mutable collection, map or array") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                JavaClass type = field.getRawType();
                boolean container = type.isArray() || type.isAssignableTo(Collection.class)
                        || type.isAssignableTo(Map.class);
                if (!container) {
                    return;
                }
                String problem = type.isArray() ? "is an array" : mutability(field);
                if (problem != null) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " " + problem));
                }
            }
        };
    }

    /** Null when the field's value is one of the JDK's unmodifiable collections, else what is wrong. */
    private static String mutability(JavaField field) {
        try {
            java.lang.reflect.Field reflected = field.reflect();
            if (!Modifier.isFinal(reflected.getModifiers())) {
                return "is not final";
            }
            reflected.setAccessible(true);
            Object value = reflected.get(null);
            if (value == null) {
                return null;
            }
            String runtime = value.getClass().getName();
            boolean unmodifiable = Stream.of("java.util.ImmutableCollections$", "java.util.Collections$Unmodifiable",
                    "java.util.Collections$Empty", "java.util.Collections$Singleton").anyMatch(runtime::startsWith);
            return unmodifiable ? null : "holds a modifiable " + runtime;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "could not be read: " + e;
        }
    }
}
