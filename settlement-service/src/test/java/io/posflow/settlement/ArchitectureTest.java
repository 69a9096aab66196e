package io.posflow.settlement;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.posflow.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private static final String SERVICE = "io.posflow.settlement";
    private static final String[] DOMAIN = {"merchant", "transaction", "fee", "calendar", "day", "payout",
            "payable"};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(SERVICE);
    }

    @Test
    void theDomainIsFreeOfAdapters() {
        ArchitectureRules.domainIsFreeOfAdapters(SERVICE, DOMAIN).check(classes);
    }

    @Test
    void noOtherServiceIsImported() {
        ArchitectureRules.noOtherServiceIsImported("settlement").check(classes);
    }

    @Test
    void theDomainTakesNoTimeFromTheSystem() {
        ArchitectureRules.noSystemTimeInDomain(SERVICE, DOMAIN).check(classes);
    }

    @Test
    void enumColumnsAreVarcharNotH2sNativeEnum() {
        ArchitectureRules.enumColumnsAreVarchar(SERVICE).check(classes);
    }

    /** ADR 22: what the service decides from is apart from what only answers REST; no decision reads a view. */
    @Test
    void noDecisionReadsARestView() {
        noClasses().that().resideOutsideOfPackages(SERVICE + ".readmodel.view..", SERVICE + ".web..",
                        SERVICE + ".config..")
                .should().dependOnClassesThat().resideInAPackage(SERVICE + ".readmodel.view..")
                .check(classes);
    }
}
