package org.connectedcouncils.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.BeforeClass;
import org.junit.Test;


/** DESIGN.md's dependency rules, checked on the production classes. */
public class ArchitectureTest {

    private static JavaClasses production;

    @BeforeClass
    public static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.connectedcouncils");
    }

    @Test
    public void domain_importsNoFrameworkOrHost() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "net.java.ao..", "jakarta..",
                        "com.fasterxml..", "org.connectedcouncils..service..", "org.connectedcouncils..ao..",
                        "org.connectedcouncils..rest..", "org.connectedcouncils..macro..",
                        "org.connectedcouncils.host..")
                .check(production);
    }

    @Test
    public void service_dependsOnlyOnDomainAndPorts() {
        noClasses().that().resideInAPackage("..service..")
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "net.java.ao..", "jakarta..",
                        "org.connectedcouncils..ao..", "org.connectedcouncils..rest..",
                        "org.connectedcouncils..macro..", "org.connectedcouncils.host..")
                .check(production);
    }

    @Test
    public void aoEntities_areUsedOnlyInsideAo() {
        classes().that().resideInAPackage("..ao..").and().areInterfaces().and().haveSimpleNameStartingWith("Ao")
                .should().onlyBeAccessed().byClassesThat().resideInAPackage("..ao..")
                .check(production);
    }

    @Test
    public void activeObjectsLibrary_isUsedOnlyInsideAo() {
        // host.ComponentImports only names ActiveObjects so that Spring Scanner imports it for the ao/ stores.
        noClasses().that().resideOutsideOfPackage("..ao..")
                .and().doNotHaveFullyQualifiedName("org.connectedcouncils.host.ComponentImports")
                .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..",
                        "com.atlassian.activeobjects..")
                .check(production);
    }

    @Test
    public void noMutableStaticState_clusterSafe() {
        fields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("org.connectedcouncils..")
                .should().beFinal()
                .check(production);
    }

    @Test
    public void noFieldOrTypeIsNamedManagerOrHelper() {
        noClasses().should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
                .check(production);
    }

    @Test
    public void upgradeTasks_liveInVersionedFolders() {
        classes().that().haveSimpleNameContaining("UpgradeTask").and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .should().haveNameMatching(".*\\.ao\\.upgrade\\.v[0-9]+\\.[A-Za-z0-9]+")
                .check(production);
    }
}
