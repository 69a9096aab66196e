package io.posflow.terminal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.posflow.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final String SERVICE = "io.posflow.terminal";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(SERVICE);
    }

    /** ADR 22: every class in one of the rooms, each room using only what it may. */
    @Test
    void everyPackageFollowsTheLayersOfTheServiceVocabulary() {
        ArchitectureRules.layers("terminal").check(classes);
    }

    @Test
    void theDomainUseCasesAndReadModelsTakeNoTimeFromTheSystem() {
        ArchitectureRules.noSystemTime("terminal").check(classes);
    }

    @Test
    void enumColumnsAreVarcharNotH2sNativeEnum() {
        ArchitectureRules.enumColumnsAreVarchar(SERVICE).check(classes);
    }
}
