package io.posflow.kyc;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.posflow.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final String SERVICE = "io.posflow.kyc";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(SERVICE);

    @Test
    void theDomainIsFreeOfAdapters() {
        ArchitectureRules.domainIsFreeOfAdapters(SERVICE, "kyccase", "checks").check(CLASSES);
    }

    @Test
    void noOtherServiceIsImported() {
        ArchitectureRules.noOtherServiceIsImported("kyc").check(CLASSES);
    }

    @Test
    void timeComesFromTheInjectedClock() {
        ArchitectureRules.noSystemTimeInDomain(SERVICE, "kyccase", "checks", "decision", "casefile", "query", "messaging", "web")
                .check(CLASSES);
    }

    @Test
    void enumColumnsAreVarcharNotH2sNativeEnum() {
        ArchitectureRules.enumColumnsAreVarchar(SERVICE).check(CLASSES);
    }
}
