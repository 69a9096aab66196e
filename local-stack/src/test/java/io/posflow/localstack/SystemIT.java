package io.posflow.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole stack as in production — a KRaft broker and five service JVMs — driven only through REST
 * and observed only through the public topics (architecture §2's happy path and the forfeiture path).
 */
class SystemIT {

    private static final Duration STEP = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;
    private static LocalStack stack;
    private static StackLayout layout;
    private static EventTap tap;

    private final Walkthrough walk = new Walkthrough(new StackClient(), SystemIT::await);

    @BeforeAll
    static void startTheStack() throws Exception {
        layout = new StackLayout(StackLayout.discover().root(), data);
        stack = new LocalStack(layout);
        stack.start();
        tap = new EventTap(StackLayout.BOOTSTRAP, null);
    }

    @AfterAll
    static void stopTheStack() throws InterruptedException {
        if (tap != null) {
            tap.close();
        }
        if (stack != null) {
            stack.stopAll();
        }
    }

    @Test
    void aMerchantReachingTheTargetGetsTheDepositBackAndOneFallingShortLosesIt() {
        // The merchant who sells enough (D3).
        Walkthrough.Merchant seller = walk.onboard();
        String sellerCode = walk.activationCode(seller);
        walk.activate(seller, sellerCode);
        String depositSwipe = walk.payDeposit(seller);
        walk.awaitDeposit(seller, "HELD");
        List<String> sales = List.of(walk.sell(seller, 5_000_000), walk.sell(seller, 5_000_000));

        // The merchant who does not (D4), activated on the same day.
        Walkthrough.Merchant idle = walk.onboard();
        String idleCode = walk.activationCode(idle);
        walk.activate(idle, idleCode);
        walk.payDeposit(idle);
        JsonNode idleHeld = walk.awaitDeposit(idle, "HELD");
        walk.sell(idle, 100_000);

        walk.moveClocks(Walkthrough.afterSettlementOf(walk.now()));
        JsonNode refunded = walk.awaitDeposit(seller, "REFUNDED");
        assertThat(refunded.get("qualifyingVolumeFen").asLong()).isEqualTo(10_000_000);
        assertThat(walk.depositSms(seller)).anySatisfy(text -> assertThat(text).contains("99.00元"));
        assertThat(walk.deposit(idle).get("status").asText()).isEqualTo("HELD");

        Instant windowEnd = Instant.parse(idleHeld.get("windowEnd").asText());
        walk.moveClocks(Walkthrough.afterSettlementOf(windowEnd));
        JsonNode forfeited = walk.awaitDeposit(idle, "FORFEITED");
        assertThat(forfeited.get("qualifyingVolumeFen").asLong()).isEqualTo(100_000);

        // The REST answer can come before the event reaches the topic: the tap waits for the last fact.
        List<EventTap.Event> events = await("DepositForfeited of " + idle.serialNumber() + " on the topic",
                tap::events, all -> all.stream().anyMatch(e -> e.type().equals("DepositForfeited")
                        && idle.serialNumber().equals(e.key())));
        assertEveryBusinessFactWasPublishedOnce(events, seller, depositSwipe, sales);
        assertThat(events).filteredOn(e -> e.type().equals("DepositForfeited") && idle.serialNumber().equals(e.key()))
                .extracting(EventTap.Event::id).hasSize(1);
        assertEveryRecordCarriesCloudEventsHeaders(events);
        assertNoTopicHoldsClearPersonalDataOrActivationCodes(events, List.of(seller, idle),
                List.of(sellerCode, idleCode));
        assertNoLogHoldsClearPersonalDataOrActivationCodes(List.of(seller, idle), List.of(sellerCode, idleCode));
    }

    @Test
    void O7_O4_returnedThenResubmittedManuallyReviewedAndPartnerBankApplicationsAreApproved() {
        Walkthrough.Merchant resubmitted = walk.onboardAfterAResubmission();
        Walkthrough.Merchant reviewed = walk.onboardThroughManualReview();
        Walkthrough.Merchant banked = walk.onboardThroughPartnerBank();

        assertThat(resubmitted.merchantNo()).matches("[0-9]{15}");
        assertThat(reviewed.merchantNo()).matches("[0-9]{15}").isNotEqualTo(resubmitted.merchantNo());
        List<EventTap.Event> events = await("MerchantOnboarded of both on the topic", tap::events,
                all -> all.stream().filter(e -> e.type().equals("MerchantOnboarded"))
                        .filter(e -> e.key().equals(resubmitted.merchantNo()) || e.key().equals(reviewed.merchantNo()))
                        .count() == 2);
        assertThat(events).filteredOn(e -> e.type().equals("ApplicationResubmitted")
                && e.key().equals(resubmitted.applicationId())).hasSize(1);
        assertThat(events).filteredOn(e -> e.type().equals("ApplicationInManualReview")
                && e.key().equals(reviewed.applicationId())).singleElement()
                .satisfies(e -> assertThat(e.value()).contains("FACE_NOT_PASSED"));
        assertThat(banked.merchantNo()).matches("[0-9]{15}");
        List<EventTap.Event> feedback = await("the bank's feedback up to APPROVED", tap::events,
                all -> all.stream().anyMatch(e -> e.type().equals("ApplicationStatusChanged")
                        && e.value().contains(banked.applicationId()) && e.value().contains("\"APPROVED\"")));
        assertThat(feedback).filteredOn(e -> e.topic().equals("partner-bank.application-feedback.v1")
                        && e.value().contains(banked.applicationId()))
                .extracting(EventTap.Event::type).startsWith("ApplicationReceived").contains("ApplicationStatusChanged");
        assertThat(feedback).filteredOn(e -> e.type().equals("ApplicationSubmitted")
                        && e.key().equals(banked.applicationId())).singleElement()
                .satisfies(e -> assertThat(e.value()).contains("\"PARTNER_BANK\"", "\"bankCode\":\"TESTBANK\""));
        List<Walkthrough.Merchant> all = List.of(resubmitted, reviewed, banked);
        assertNoTopicHoldsClearPersonalDataOrActivationCodes(tap.events(), all, List.of());
        assertNoLogHoldsClearPersonalDataOrActivationCodes(all, List.of());
    }

    /**
     * Issue 15: a short {@code ./posflow load} on the running stack — three merchants opened through the real flow,
     * ten seconds of mixed card and QR captures at 20 a second, the next weekday's settlement run and the deposit
     * fold — reconciles to the fen (exit code 0).
     */
    @Test
    void aShortLoadRunOnThreeTerminalsSettlesAndReconcilesToTheFen() {
        Path records = data.resolve("load-run");

        int exitCode = Load.run(new String[] {"--terminals", "3", "--duration", "10", "--rate", "20", "--clients", "3",
            "--concurrency", "3", "--seed", "15", "--data-dir", records.toString()});

        assertThat(exitCode).isZero();
        assertThat(new LoadRecords(records.resolve("load")).merchants()).hasSize(3);
        assertThat(new LoadRecords(records.resolve("load")).transactions()).hasSizeGreaterThan(150);
    }

    private static void assertEveryBusinessFactWasPublishedOnce(List<EventTap.Event> events,
                                                                Walkthrough.Merchant m, String depositSwipe,
                                                                List<String> sales) {
        Map<String, Set<String>> idsByType = events.stream()
                .filter(e -> e.value().contains(m.serialNumber()) || e.value().contains(m.merchantNo())
                        || e.value().contains(m.applicationId()))
                .collect(Collectors.groupingBy(EventTap.Event::type,
                        Collectors.mapping(EventTap.Event::id, Collectors.toSet())));
        for (String once : List.of("ApplicationSubmitted", "KycPassed", "ApplicationApproved", "MerchantOnboarded",
                "TerminalRegistered", "TerminalBound", "ActivationCodeIssued", "TerminalAwaitingDeposit",
                "TerminalActivated", "DepositCollected", "DepositHeld", "DepositRefundTriggered", "DepositRefunded",
                "ServiceFeeCharged")) {
            assertThat(idsByType.get(once)).as(once).hasSize(1);
        }
        // Two payouts, each published once: the deposit refund in full (D3) and the sales' net less the first
        // year's data-card fee, 2 × 49,700.00 − 48.00 yuan (S6, S4).
        Map<String, Set<String>> payoutIds = events.stream()
                .filter(e -> e.type().equals("PayoutCompleted") && e.value().contains(m.merchantNo()))
                .collect(Collectors.groupingBy(e -> json(e).get("purpose").asText() + " " + json(e).get("amountFen"),
                        Collectors.mapping(EventTap.Event::id, Collectors.toSet())));
        assertThat(payoutIds).containsOnlyKeys("DEPOSIT_REFUND 9900", "SETTLEMENT 9935200")
                .allSatisfy((payout, ids) -> assertThat(ids).as(payout).hasSize(1));
        assertThat(idsByType.get("TransactionCaptured")).as("deposit swipe and two sales").hasSize(3);
        assertThat(idsByType.get("TransactionSettled")).as("the two sales, never the deposit swipe").hasSize(2);
        assertThat(events).filteredOn(e -> e.type().equals("TransactionSettled"))
                .noneMatch(e -> e.value().contains(depositSwipe));
        assertThat(events).filteredOn(e -> e.type().equals("TransactionSettled") && e.value().contains(sales.get(0)))
                .first().satisfies(e -> assertThat(e.value()).contains("\"mdrFeeFen\":30000", "\"netFen\":4970000"));
        assertThat(events).filteredOn(e -> e.type().equals("SettlementDayClosed"))
                .extracting(EventTap.Event::partition).containsAll(List.of(0, 5, 11));
    }

    private static JsonNode json(EventTap.Event event) {
        try {
            return JSON.readTree(event.value());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Not JSON: " + event.value(), e);
        }
    }

    private static void assertEveryRecordCarriesCloudEventsHeaders(List<EventTap.Event> events) {
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.headers()).containsKeys("ce_id", "ce_type",
                "ce_source", "ce_specversion", "ce_time", "ce_subject", "content-type"));
        assertThat(events).allSatisfy(e -> assertThat(e.headers().get("ce_subject")).isEqualTo(e.key()));
    }

    private static void assertNoTopicHoldsClearPersonalDataOrActivationCodes(List<EventTap.Event> events,
                                                                            List<Walkthrough.Merchant> merchants,
                                                                            List<String> activationCodes) {
        List<String> secrets = new ArrayList<>(activationCodes);
        merchants.forEach(m -> secrets.addAll(m.clearPersonalData()));
        assertThat(events).allSatisfy(e -> {
            String record = e.value() + e.headers();
            secrets.forEach(secret -> assertThat(record).doesNotContain(secret));
        });
    }

    /** Every service's and the broker's log, as written so far: personal data only ever appears masked. */
    private static void assertNoLogHoldsClearPersonalDataOrActivationCodes(List<Walkthrough.Merchant> merchants,
                                                                         List<String> activationCodes) {
        List<String> secrets = new ArrayList<>(activationCodes);
        merchants.forEach(m -> secrets.addAll(m.clearPersonalData()));
        try (java.util.stream.Stream<Path> logs = java.nio.file.Files.list(layout.logs())) {
            List<Path> files = logs.toList();
            assertThat(files).as("the services' logs").isNotEmpty();
            for (Path log : files) {
                String text = java.nio.file.Files.readString(log, java.nio.charset.StandardCharsets.UTF_8);
                secrets.forEach(secret -> assertThat(text).as(log.getFileName().toString()).doesNotContain(secret));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
        return org.awaitility.Awaitility.await(what).atMost(STEP).pollInterval(Duration.ofMillis(300))
                .until(probe::get, done::test);
    }
}
