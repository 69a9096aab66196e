package io.posflow.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** STYLE.md 2: the platform is technical only — it knows neither the published language nor any service. */
class PlatformArchitectureTest {

    private final JavaClasses platform = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.posflow.platform");

    @Test
    void thePlatformDependsOnNoServiceAndNotOnTheContracts() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "io.posflow.contracts..", "io.posflow.onboarding..", "io.posflow.kyc..",
                        "io.posflow.terminal..", "io.posflow.settlement..", "io.posflow.deposit..")
                .check(platform);
    }

    @Test
    void noPlatformClassIsNamedAfterADomainConcept() {
        noClasses().should().haveSimpleNameContaining("Merchant")
                .orShould().haveSimpleNameContaining("Deposit")
                .orShould().haveSimpleNameContaining("Terminal")
                .orShould().haveSimpleNameContaining("Fee")
                .orShould().haveSimpleNameContaining("Settlement")
                .check(platform);
    }
}
