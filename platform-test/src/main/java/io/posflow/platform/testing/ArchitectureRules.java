package io.posflow.platform.testing;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import java.util.Arrays;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The architecture rules shared by every service's ArchUnit test. {@link #layers(String)} checks the package
 * vocabulary of ADR 22 (architecture §9) over every class of a service: domain, usecase, readmodel view/state,
 * adapter web/messaging/provider/persistence, config.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("onboarding", "kyc", "terminal", "settlement", "deposit");

    private ArchitectureRules() {
    }

    /** The rooms of ADR 22, below {@code io.posflow.<service>}. */
    private static final List<String> ROOMS = List.of("domain", "usecase", "readmodel.view", "readmodel.state",
            "adapter.web", "adapter.messaging", "adapter.provider", "adapter.persistence", "config");

    private static final String[] TECHNICAL = {"org.springframework..", "jakarta.persistence..", "jakarta.servlet..",
            "org.hibernate..", "org.apache.kafka..", "io.micrometer..", "io.posflow.platform.."};

    /**
     * ADR 22 over every class of the service: each lives in one room (only the application class sits at the
     * root; a service need not have every room); the domain uses no Spring, JPA, Kafka, web or platform plumbing and no other room; use cases and
     * read models use no adapter; no decision reads a REST view; adapters do not use each other.
     */
    public static ArchRule layers(String service) {
        String root = "io.posflow." + service;
        String[] rooms = ROOMS.stream().map(room -> root + "." + room + "..").toArray(String[]::new);
        String domain = root + ".domain..";
        String usecase = root + ".usecase..";
        String view = root + ".readmodel.view..";
        String state = root + ".readmodel.state..";
        String web = root + ".adapter.web..";
        String messaging = root + ".adapter.messaging..";
        String provider = root + ".adapter.provider..";
        String persistence = root + ".adapter.persistence..";
        String adapters = root + ".adapter..";
        String config = root + ".config..";

        ArchRule everyClassInARoom = classes().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(root)
                .should().resideInAnyPackage(rooms)
                .as("every class lives in one room of ADR 22");
        ArchRule onlyTheApplicationAtTheRoot = classes().that().resideInAPackage(root)
                .and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("Application")
                .allowEmptyShould(true)
                .as("the root package holds only the Spring Boot application");
        ArchRule domainIsPure = noClasses().that().resideInAPackage(domain)
                .should().dependOnClassesThat().resideInAnyPackage(concat(TECHNICAL,
                        usecase, root + ".readmodel..", adapters, config))
                .allowEmptyShould(true)
                .as("the domain knows no framework, platform plumbing, adapter or wiring");
        ArchRule applicationUsesNoAdapter = noClasses().that().resideInAnyPackage(usecase, root + ".readmodel..")
                .should().dependOnClassesThat().resideInAPackage(adapters)
                .allowEmptyShould(true)
                .as("use cases and read models do not know their adapters");
        ArchRule noDecisionReadsAView = noClasses().that().resideInAnyPackage(domain, usecase, state)
                .should().dependOnClassesThat().resideInAPackage(view)
                .allowEmptyShould(true)
                .as("no decision reads a REST view (readmodel/view)");
        ArchRule webIsAlone = noClasses().that().resideInAPackage(web)
                .should().dependOnClassesThat().resideInAnyPackage(messaging, provider, persistence)
                .allowEmptyShould(true)
                .as("the web adapter uses no other adapter");
        ArchRule messagingIsAlone = noClasses().that().resideInAPackage(messaging)
                .should().dependOnClassesThat().resideInAnyPackage(web, provider, persistence)
                .allowEmptyShould(true)
                .as("the messaging adapter uses no other adapter");
        ArchRule providerIsAlone = noClasses().that().resideInAnyPackage(provider, persistence)
                .should().dependOnClassesThat().resideInAnyPackage(web, messaging)
                .allowEmptyShould(true)
                .as("provider and persistence adapters use neither web nor messaging");
        return CompositeArchRule.of(everyClassInARoom).and(onlyTheApplicationAtTheRoot).and(domainIsPure)
                .and(applicationUsesNoAdapter).and(noDecisionReadsAView).and(webIsAlone).and(messagingIsAlone)
                .and(providerIsAlone).and(noOtherServiceIsImported(service))
                .as("ADR 22 layers of " + service);
    }

    /** The domain, use cases and read models take time from the injected Clock and ids from the command. */
    public static ArchRule noSystemTime(String service) {
        String root = "io.posflow." + service;
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".usecase..", root + ".readmodel..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .because("STYLE.md 6: time comes from the injected Clock, ids from the command");
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
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
