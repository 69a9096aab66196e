package io.posflow.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the current build starts on a data folder written by the previous release — its H2 files (events, read
 * models, inbox, due work), the broker's log directory (topics and every consumer group's offsets) — made by
 * {@code infra/upgrade-fixture/make.sh dec1397}. Every service answers, every figure is what the old release left,
 * and the business in flight finishes exactly once; on the way, {@code ./posflow run}'s supervisor brings back a
 * broker killed with {@code kill -9}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeIT {

    private static final Duration STEP = Duration.ofSeconds(120);
    private static final String FIXTURE = "/upgrade/previous-release.zip";

    @TempDir
    static Path data;
    private static LocalStack stack;
    private static Supervisor supervisor;
    private static Map<String, Walkthrough.Merchant> merchants;

    private final StackClient client = new StackClient();
    private final Walkthrough walk = new Walkthrough(client, UpgradeIT::await);

    @BeforeAll
    static void startTheCurrentBuildOnThePreviousReleasesFolder() throws Exception {
        unzip(FIXTURE, data);
        JsonNode fixture = new ObjectMapper().readTree(data.resolve("merchants.json").toFile());
        ObjectMapper json = new ObjectMapper();
        merchants = Map.of(
                "refunded", json.treeToValue(fixture.get("refunded"), Walkthrough.Merchant.class),
                "held", json.treeToValue(fixture.get("held"), Walkthrough.Merchant.class),
                "unactivated", json.treeToValue(fixture.get("unactivated"), Walkthrough.Merchant.class));
        // The simulated clocks keep an offset to the real one: the upgrade happens right after the old release stopped,
        // whenever this test runs (or the 60-day window and the 30-day code would run out with the calendar).
        resumeClocksAt(Instant.parse(fixture.get("clockAtShutdown").asText()));

        StackLayout layout = new StackLayout(StackLayout.discover().root(), data);
        stack = new LocalStack(layout);
        stack.start();
        supervisor = new Supervisor(System.out, Supervisor.Backoff.DEFAULT);
        stack.superviseAll(supervisor);
    }

    @AfterAll
    static void stopTheStack() {
        if (supervisor != null) {
            supervisor.close();
        }
        if (stack != null) {
            stack.stopAll();
        }
    }

    @Test
    @Order(1)
    void everyServiceAnswersWithTheFiguresThePreviousReleaseLeft() {
        Walkthrough.Merchant refunded = merchants.get("refunded");
        Walkthrough.Merchant held = merchants.get("held");
        Walkthrough.Merchant unactivated = merchants.get("unactivated");

        for (Walkthrough.Merchant m : merchants.values()) {
            JsonNode application = client.get("onboarding", "/api/v1/applications/" + m.applicationId()).body();
            assertThat(application.path("status").asText()).as("application of " + m.serialNumber()).isEqualTo("APPROVED");
            assertThat(application.path("merchantNo").asText()).isEqualTo(m.merchantNo());
        }
        assertThat(terminalStatus(refunded)).isEqualTo("ACTIVE");
        assertThat(terminalStatus(held)).isEqualTo("ACTIVE");
        assertThat(terminalStatus(unactivated)).isEqualTo("BOUND");
        JsonNode refundedDeposit = walk.deposit(refunded);
        assertThat(refundedDeposit.path("status").asText()).isEqualTo("REFUNDED");
        assertThat(refundedDeposit.path("qualifyingVolumeFen").asLong()).isEqualTo(10_000_000);
        JsonNode heldDeposit = walk.deposit(held);
        assertThat(heldDeposit.path("status").asText()).isEqualTo("HELD");
        assertThat(heldDeposit.path("qualifyingVolumeFen").asLong()).isEqualTo(UpgradeFixture.HELD_SETTLED_FEN);

        Map<String, JsonNode> captured = ChaosReconciliation.capturedSales(
                TopicScan.records(StackLayout.BOOTSTRAP, ChaosReconciliation.CAPTURED_TOPIC));
        Map<String, Set<String>> settled = ChaosReconciliation.settledIds(
                TopicScan.records(StackLayout.BOOTSTRAP, ChaosReconciliation.SETTLED_TOPIC));
        assertThat(captured).hasSize(4);
        assertThat(settled).hasSize(3).allSatisfy((id, events) -> assertThat(events).hasSize(1));
        assertThat(captured.keySet()).containsAll(settled.keySet());
        assertThat(captured.values()).filteredOn(sale -> !settled.containsKey(sale.path("transactionId").asText()))
                .singleElement().satisfies(inFlight -> {
                    assertThat(inFlight.path("serialNumber").asText()).isEqualTo(held.serialNumber());
                    assertThat(inFlight.path("amountFen").asLong()).isEqualTo(UpgradeFixture.HELD_IN_FLIGHT_FEN);
                });
        assertThat(refunds(refunded)).isEqualTo(1);
    }

    @Test
    @Order(2)
    void afterTheBrokerIsKilledTheSupervisedStackFinishesWhatWasInFlightExactlyOnce() throws Exception {
        Walkthrough.Merchant held = merchants.get("held");
        Walkthrough.Merchant unactivated = merchants.get("unactivated");
        killBrokerBehindTheSupervisorsBack();

        walk.activate(unactivated, walk.activationCode(unactivated));
        walk.payDeposit(unactivated);
        walk.awaitDeposit(unactivated, "HELD");
        List<String> sales = List.of(walk.sell(held, 5_000_000), walk.sell(held, 5_000_000));
        walk.moveClocks(Walkthrough.afterSettlementOf(walk.now()));

        JsonNode refunded = walk.awaitDeposit(held, "REFUNDED");
        assertThat(refunded.path("qualifyingVolumeFen").asLong())
                .isEqualTo(UpgradeFixture.HELD_SETTLED_FEN + UpgradeFixture.HELD_IN_FLIGHT_FEN + 10_000_000);
        assertThat(walk.deposit(unactivated).path("status").asText()).isEqualTo("HELD");
        Map<String, Set<String>> settled = await("the six sales settled", () -> ChaosReconciliation.settledIds(
                TopicScan.records(StackLayout.BOOTSTRAP, ChaosReconciliation.SETTLED_TOPIC)), s -> s.size() == 6);
        assertThat(settled).containsKeys(sales.toArray(String[]::new))
                .allSatisfy((id, events) -> assertThat(events).as("settlements of " + id).hasSize(1));
        assertThat(ChaosReconciliation.capturedSales(
                TopicScan.records(StackLayout.BOOTSTRAP, ChaosReconciliation.CAPTURED_TOPIC))).hasSize(6);
        await("DepositRefunded of " + held.serialNumber(), () -> refunds(held), n -> n > 0);
        assertThat(refunds(held)).isEqualTo(1);
        assertThat(refunds(merchants.get("refunded"))).isEqualTo(1);
    }

    /** {@code kill -9} from outside (not {@link LocalStack#kill}, which is a kill on purpose): the supervisor's business. */
    private static void killBrokerBehindTheSupervisorsBack() throws Exception {
        long pid = stack.pid("kafka");
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
        await("the supervisor to start the broker again", () -> stack.pid("kafka"), newPid -> newPid != pid);
        stack.awaitReady("kafka");
        stack.awaitAllHealthy();
    }

    private String terminalStatus(Walkthrough.Merchant m) {
        return client.get("terminal", "/api/v1/terminals/" + m.serialNumber()).body().path("status").asText();
    }

    private static long refunds(Walkthrough.Merchant m) {
        return TopicScan.records(StackLayout.BOOTSTRAP, "deposit.deposits.v1").stream()
                .filter(e -> e.type().equals("DepositRefunded") && m.serialNumber().equals(e.key()))
                .map(EventTap.Event::id).distinct().count();
    }

    private static void resumeClocksAt(Instant clockAtShutdown) throws SQLException {
        long offset = Duration.between(Instant.now(), clockAtShutdown).toMillis();
        for (StackLayout.Service service : StackLayout.SERVICES) {
            try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve(service.name()), "sa", "");
                 PreparedStatement update = db.prepareStatement("update simulation_clock set offset_millis = ?")) {
                update.setLong(1, offset);
                assertThat(update.executeUpdate()).as("the simulation clock of " + service.name()).isEqualTo(1);
            }
        }
    }

    private static void unzip(String resource, Path into) throws IOException {
        try (InputStream in = UpgradeIT.class.getResourceAsStream(resource);
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("Entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
    }

    private static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
        return org.awaitility.Awaitility.await(what).atMost(STEP).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(probe::get, done::test);
    }
}
