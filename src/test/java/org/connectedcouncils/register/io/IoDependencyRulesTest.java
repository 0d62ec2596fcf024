package org.connectedcouncils.register.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.Test;

/** Import/export works through the register's service and ports only: no storage or host types. */
public class IoDependencyRulesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.connectedcouncils");

    @Test
    public void io_usesNoActiveObjectsAtlassianOrStorageTypes() {
        noClasses().that().resideInAPackage("..register.io..")
                .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..", "com.atlassian..",
                        "org.connectedcouncils..ao..", "jakarta..")
                .check(classes);
    }

    @Test
    public void onlyIo_usesTheYamlAndCsvLibraries() {
        noClasses().that().resideOutsideOfPackage("..register.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yaml..", "org.apache.commons.csv..")
                .check(classes);
    }
}
