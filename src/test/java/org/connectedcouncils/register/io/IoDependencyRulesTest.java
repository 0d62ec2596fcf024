package org.connectedcouncils.register.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.Test;

/** Import/export (register's, council's and the kernel's io) works through services and ports only. */
public class IoDependencyRulesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.connectedcouncils");

    @Test
    public void io_usesNoActiveObjectsAtlassianOrStorageTypes() {
        noClasses().that().resideInAPackage("org.connectedcouncils..io..")
                .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..", "com.atlassian..",
                        "org.connectedcouncils..ao..", "jakarta..")
                .check(classes);
    }

    @Test
    public void onlyIo_usesTheYamlAndCsvLibraries() {
        noClasses().that().resideOutsideOfPackage("org.connectedcouncils..io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yaml..", "org.apache.commons.csv..",
                        "org.apache.hc..")
                .check(classes);
    }
}
