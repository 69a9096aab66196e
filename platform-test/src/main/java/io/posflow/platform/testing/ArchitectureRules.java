package io.posflow.platform.testing;

import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The STYLE.md architecture rules, shared by every service's ArchUnit test. A service's domain lives
 * in feature packages (everything but {@code web}, {@code messaging}, {@code provider}, {@code config}
 * and the application class); adapters live in those named packages.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("onboarding", "kyc", "terminal", "settlement", "deposit");

    private ArchitectureRules() {
    }

    /** Domain packages import no web, messaging, Kafka, JPA or Spring MVC. */
    public static ArchRule domainIsFreeOfAdapters(String servicePackage, String... domainPackages) {
        String[] domain = java.util.Arrays.stream(domainPackages).map(p -> servicePackage + "." + p + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAnyPackage(domain)
                .should().dependOnClassesThat().resideInAnyPackage(
                        servicePackage + ".web..", servicePackage + ".messaging..",
                        "org.springframework.web..", "org.springframework.kafka..", "org.apache.kafka..",
                        "jakarta.persistence..", "org.springframework.data..", "jakarta.servlet..")
                .because("STYLE.md 12: the domain does not know its adapters");
    }

    /** A service imports no other service. */
    public static ArchRule noOtherServiceIsImported(String service) {
        String[] others = SERVICES.stream().filter(s -> !s.equals(service)).map(s -> "io.posflow." + s + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage("io.posflow." + service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services talk only through the published language on Kafka");
    }

    /** Domain code takes time from the injected Clock, never from the system. */
    public static ArchRule noSystemTimeInDomain(String servicePackage, String... domainPackages) {
        String[] domain = java.util.Arrays.stream(domainPackages).map(p -> servicePackage + "." + p + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAnyPackage(domain)
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .because("STYLE.md 6: time comes from the injected Clock, ids from the command");
    }

    /**
     * Enum columns are plain VARCHAR, never H2's native ENUM: after a {@code kill -9}, H2 2.3 rolled back
     * in-flight rows of an ENUM column so that the restarted service read them as ordinals ("No enum constant
     * TerminalModel.1") and answered every request with 500 (issue 13).
     */
    public static ArchRule enumColumnsAreVarchar(String servicePackage) {
        return fields().that().areDeclaredInClassesThat().resideInAPackage(servicePackage + "..")
                .and().areAnnotatedWith("jakarta.persistence.Enumerated")
                .should().beAnnotatedWith("org.hibernate.annotations.JdbcTypeCode")
                .allowEmptyShould(true)
                .because("a native ENUM column does not survive H2's crash recovery (issue 13)");
    }
}
