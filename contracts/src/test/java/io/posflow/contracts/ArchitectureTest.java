package io.posflow.contracts;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The published language stands alone: no framework, no service code, only records and plain helpers. */
class ArchitectureTest {

    private static final JavaClasses CONTRACTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.posflow.contracts");

    @Test
    void theContractsAreFreeOfSpring() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(CONTRACTS);
    }

    @Test
    void theContractsDependOnNoOtherPosflowModule() {
        noClasses().should().dependOnClassesThat(
                        resideInAPackage("io.posflow..").and(not(resideInAPackage("io.posflow.contracts.."))))
                .check(CONTRACTS);
    }

    @Test
    void everyIntegrationEventIsARecord() {
        classes().that().implement(IntegrationEvent.class).should().beRecords().check(CONTRACTS);
    }
}
