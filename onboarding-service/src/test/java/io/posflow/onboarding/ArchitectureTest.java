package io.posflow.onboarding;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.posflow.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final String SERVICE = "io.posflow.onboarding";
    private static final String[] DOMAIN = {"application", "merchant", "checks"};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(SERVICE);

    @Test
    void theDomainDoesNotKnowItsAdapters() {
        ArchitectureRules.domainIsFreeOfAdapters(SERVICE, DOMAIN).check(CLASSES);
    }

    @Test
    void noOtherServiceIsImported() {
        ArchitectureRules.noOtherServiceIsImported("onboarding").check(CLASSES);
    }

    @Test
    void theDomainTakesTimeFromTheClockAndIdsFromCommands() {
        ArchitectureRules.noSystemTimeInDomain(SERVICE, DOMAIN).check(CLASSES);
    }

    @Test
    void enumColumnsAreVarcharNotH2sNativeEnum() {
        ArchitectureRules.enumColumnsAreVarchar(SERVICE).check(CLASSES);
    }
}
