package io.posflow.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code ./posflow chaos} checks after the kills (issue 12, "Done when"): every sale a device heard
 * APPROVED is on {@code terminal.transactions.v1}, settled exactly once on {@code settlement.transactions.v1}
 * (distinct {@code ce_id}; a duplicate record of one event is fine, consumers deduplicate) and counted in its
 * terminal's deposit volume — which, by D2, is the sum of its approved sales: the deposit swipe never counts.
 */
final class ChaosReconciliation {

    static final String CAPTURED_TOPIC = "terminal.transactions.v1";
    static final String SETTLED_TOPIC = "settlement.transactions.v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LISTED = 10;
    private static final Duration POLL = Duration.ofSeconds(3);

    /** One terminal's deposit as deposit-service shows it, against the sales approved on it. */
    record DepositCheck(String serialNumber, String speed, long expectedFen, long expectedCount, long countedFen,
                        long countedCount, String status) {

        boolean agrees() {
            return expectedFen == countedFen && expectedCount == countedCount;
        }
    }

    private final Walkthrough walk;
    private final String bootstrap;
    private final Map<Walkthrough.Merchant, String> speeds;
    private final List<ChaosDevices.Sale> sales;
    private final Map<String, ChaosDevices.Sale> approved = new LinkedHashMap<>();

    ChaosReconciliation(Walkthrough walk, String bootstrap, Map<Walkthrough.Merchant, String> speeds,
                        List<ChaosDevices.Sale> sales) {
        this.walk = walk;
        this.bootstrap = bootstrap;
        this.speeds = speeds;
        this.sales = sales;
        sales.stream().filter(s -> s.outcome() == ChaosDevices.Outcome.APPROVED)
                .forEach(s -> approved.put(s.transactionId(), s));
    }

    /**
     * Before the clock moves: the approved sales reach the topic and every consumer of it (settlement) has
     * committed past them, so the run that the jump starts sees them all — a capture consumed after its date's
     * run would be a race of this script, not a loss.
     */
    void awaitCapturesConsumed(PrintStream out) {
        Progress progress = new Progress(out, POLL, Duration.ZERO);
        progress.await("the approved sales on " + CAPTURED_TOPIC,
                () -> approved.size() - missing(capturedSales().keySet()), found -> found == approved.size(),
                Duration.ofSeconds(60), Duration.ofSeconds(300));
        progress.await("the consumers of " + CAPTURED_TOPIC + " to commit its end (records behind)",
                () -> TopicScan.consumerLag(bootstrap, CAPTURED_TOPIC), lag -> lag == 0,
                Duration.ofSeconds(90), Duration.ofSeconds(300));
    }

    /** After the clock moved past the run: every approved sale settled and every deposit volume agrees. */
    void awaitSettled(PrintStream out) {
        new Progress(out, POLL, Duration.ZERO).await(
                "every approved sale settled and counted (settled / deposits agreeing)",
                () -> List.of(approved.size() - missing(settledIds().keySet()),
                        deposits().stream().filter(DepositCheck::agrees).count()),
                p -> p.get(0).longValue() == approved.size() && p.get(1).longValue() == speeds.size(),
                Duration.ofSeconds(120), Duration.ofSeconds(600));
    }

    /** Prints the figures; returns whether everything reconciles. */
    boolean report(PrintStream out) {
        List<String> failures = new ArrayList<>();
        Map<ChaosDevices.Outcome, List<ChaosDevices.Sale>> byOutcome = sales.stream()
                .collect(Collectors.groupingBy(ChaosDevices.Sale::outcome));
        long approvedFen = approved.values().stream().mapToLong(ChaosDevices.Sale::amountFen).sum();
        out.printf("%n== Sales answered to the devices%n");
        out.printf("  APPROVED %,d sales, %,d fen; DECLINED %d; refused %d; unanswered %d; answered after a retry %d%n",
                approved.size(), approvedFen, count(byOutcome, ChaosDevices.Outcome.DECLINED),
                count(byOutcome, ChaosDevices.Outcome.REFUSED), count(byOutcome, ChaosDevices.Outcome.UNANSWERED),
                sales.stream().filter(s -> s.attempts() > 1 && s.outcome() != ChaosDevices.Outcome.UNANSWERED).count());
        for (ChaosDevices.Outcome other : List.of(ChaosDevices.Outcome.DECLINED, ChaosDevices.Outcome.REFUSED,
                ChaosDevices.Outcome.UNANSWERED)) {
            byOutcome.getOrDefault(other, List.of()).stream().limit(LISTED).forEach(s -> out.printf(
                    "    %s %s on %s, %d fen: %s%n", other, s.transactionId(), s.serialNumber(), s.amountFen(), s.reason()));
        }

        List<EventTap.Event> capturedRecords = TopicScan.records(bootstrap, CAPTURED_TOPIC);
        Map<String, JsonNode> captured = capturedSales(capturedRecords);
        long saleRecords = capturedRecords.stream().filter(e -> e.type().equals("TransactionCaptured"))
                .filter(e -> isSale(json(e))).count();
        List<ChaosDevices.Sale> notCaptured = approved.values().stream()
                .filter(s -> !captured.containsKey(s.transactionId())).toList();
        Set<String> answeredOtherwise = new HashSet<>(captured.keySet());
        answeredOtherwise.removeAll(approved.keySet());
        out.printf("%n== %s%n", CAPTURED_TOPIC);
        out.printf("  %,d distinct SALEs captured (%,d records, %,d duplicates); approved found %,d of %,d, missing %d;"
                        + " captured without an APPROVED answer %d%n", captured.size(), saleRecords,
                saleRecords - captured.size(), approved.size() - notCaptured.size(), approved.size(),
                notCaptured.size(), answeredOtherwise.size());
        listSales("  missing: ", notCaptured, out);
        answeredOtherwise.stream().limit(LISTED).forEach(id -> out.printf("    captured, never answered APPROVED: %s %s%n",
                id, sales.stream().filter(s -> s.transactionId().equals(id)).map(s -> s.outcome() + " " + s.reason())
                        .findFirst().orElse("(not sent by this run)")));
        if (!notCaptured.isEmpty()) {
            failures.add(notCaptured.size() + " approved sales are not on " + CAPTURED_TOPIC);
        }
        if (!answeredOtherwise.isEmpty()) {
            failures.add(answeredOtherwise.size() + " sales on " + CAPTURED_TOPIC + " were never answered APPROVED");
        }

        List<EventTap.Event> settledRecords = TopicScan.records(bootstrap, SETTLED_TOPIC).stream()
                .filter(e -> e.type().equals("TransactionSettled")).toList();
        Map<String, Set<String>> settled = settledIds(settledRecords);
        long settledEvents = settled.values().stream().mapToLong(Set::size).sum();
        List<ChaosDevices.Sale> notSettled = approved.values().stream()
                .filter(s -> !settled.containsKey(s.transactionId())).toList();
        List<ChaosDevices.Sale> settledTwice = approved.values().stream()
                .filter(s -> settled.getOrDefault(s.transactionId(), Set.of()).size() > 1).toList();
        long settledOnce = approved.keySet().stream().filter(id -> settled.getOrDefault(id, Set.of()).size() == 1).count();
        out.printf("%n== %s%n", SETTLED_TOPIC);
        out.printf("  TransactionSettled: %,d transactions, %,d distinct events, %,d records; approved settled once %,d"
                        + " of %,d, missing %d, more than once %d%n", settled.size(), settledEvents,
                settledRecords.size(), settledOnce, approved.size(), notSettled.size(), settledTwice.size());
        listSales("  not settled: ", notSettled, out);
        listSales("  settled more than once: ", settledTwice, out);
        if (!notSettled.isEmpty() || !settledTwice.isEmpty()) {
            failures.add(notSettled.size() + " approved sales not settled, " + settledTwice.size()
                    + " settled more than once");
        }

        List<DepositCheck> deposits = deposits();
        out.printf("%n== Deposit volumes (deposit-service GET /api/v1/deposits/{sn}; the deposit swipe never counts, D2)%n");
        out.printf("  %-18s %-5s %16s %7s %16s %7s %12s  %s%n", "terminal", "speed", "approved fen", "sales",
                "counted fen", "count", "difference", "status");
        for (DepositCheck d : deposits) {
            out.printf("  %-18s %-5s %,16d %7d %,16d %7d %,12d  %s%n", d.serialNumber(), d.speed(), d.expectedFen(),
                    d.expectedCount(), d.countedFen(), d.countedCount(), d.countedFen() - d.expectedFen(), d.status());
        }
        long agreeing = deposits.stream().filter(DepositCheck::agrees).count();
        out.printf("  %d of %d terminals' deposit volumes agree with their approved sales%n", agreeing, deposits.size());
        if (agreeing != deposits.size()) {
            failures.add((deposits.size() - agreeing) + " deposit volumes disagree");
        }

        out.printf("%n%s%n", failures.isEmpty() ? "RECONCILED: every APPROVED sale is on the topic, settled once and "
                + "counted in its deposit volume" : "NOT RECONCILED: " + String.join("; ", failures));
        return failures.isEmpty();
    }

    private List<DepositCheck> deposits() {
        List<DepositCheck> checks = new ArrayList<>();
        speeds.forEach((m, speed) -> {
            List<ChaosDevices.Sale> mine = approved.values().stream()
                    .filter(s -> s.serialNumber().equals(m.serialNumber())).toList();
            JsonNode deposit = walk.deposit(m);
            checks.add(new DepositCheck(m.serialNumber(), speed, mine.stream().mapToLong(ChaosDevices.Sale::amountFen).sum(),
                    mine.size(), deposit.path("qualifyingVolumeFen").asLong(-1),
                    deposit.path("transactionCount").asLong(-1), deposit.path("status").asText("(none)")));
        });
        return checks;
    }

    private Map<String, JsonNode> capturedSales() {
        return capturedSales(TopicScan.records(bootstrap, CAPTURED_TOPIC));
    }

    /** The SALEs on the capture topic (not the deposit swipes, purpose DEPOSIT) by transaction id. */
    static Map<String, JsonNode> capturedSales(List<EventTap.Event> records) {
        Map<String, JsonNode> sales = new HashMap<>();
        records.stream().filter(e -> e.type().equals("TransactionCaptured")).map(ChaosReconciliation::json)
                .filter(ChaosReconciliation::isSale)
                .forEach(j -> sales.putIfAbsent(j.path("transactionId").asText(), j));
        return sales;
    }

    private static boolean isSale(JsonNode captured) {
        return "SALE".equals(captured.path("type").asText()) && "SALE".equals(captured.path("purpose").asText());
    }

    /** Each settled transaction's distinct event ids: more than one is a second settlement, not a redelivery. */
    private Map<String, Set<String>> settledIds() {
        return settledIds(TopicScan.records(bootstrap, SETTLED_TOPIC));
    }

    static Map<String, Set<String>> settledIds(List<EventTap.Event> records) {
        Map<String, Set<String>> ids = new HashMap<>();
        records.stream().filter(e -> e.type().equals("TransactionSettled"))
                .forEach(e -> ids.computeIfAbsent(json(e).path("transactionId").asText(), id -> new HashSet<>())
                        .add(Objects.requireNonNullElse(e.id(), "(no ce_id)")));
        return ids;
    }

    private int missing(Set<String> found) {
        return (int) approved.keySet().stream().filter(id -> !found.contains(id)).count();
    }

    private static void listSales(String label, List<ChaosDevices.Sale> list, PrintStream out) {
        list.stream().limit(LISTED).forEach(s -> out.printf("  %s%s on %s, %d fen, answered APPROVED at %s (attempt %d)%n",
                label, s.transactionId(), s.serialNumber(), s.amountFen(), s.answeredAt(), s.attempts()));
        if (list.size() > LISTED) {
            out.printf("  %s… and %d more%n", label, list.size() - LISTED);
        }
    }

    private static long count(Map<ChaosDevices.Outcome, List<ChaosDevices.Sale>> byOutcome, ChaosDevices.Outcome o) {
        return byOutcome.getOrDefault(o, List.of()).size();
    }

    private static JsonNode json(EventTap.Event event) {
        try {
            return JSON.readTree(event.value());
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON on " + event.topic() + ": " + event.value(), e);
        }
    }
}
