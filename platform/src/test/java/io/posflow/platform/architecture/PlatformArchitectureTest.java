package io.posflow.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * STYLE.md 2, ADR 21: the platform is technical only — it knows no service and, of the contracts, only their
 * mechanics (topic catalogue lookups, CloudEvents headers, the event codec, sealing), never an event of an owner.
 */
class PlatformArchitectureTest {

    private final JavaClasses platform = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.posflow.platform");

    @Test
    void thePlatformDependsOnNoServiceAndOnNoOwnersEvents() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "io.posflow.contracts.onboarding..", "io.posflow.contracts.kyc..",
                        "io.posflow.contracts.terminal..", "io.posflow.contracts.settlement..",
                        "io.posflow.contracts.deposit..", "io.posflow.contracts.partnerbank..",
                        "io.posflow.onboarding..", "io.posflow.kyc..",
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
