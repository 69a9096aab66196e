package io.posflow.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@code ./posflow load} sees of its transactions on the public topics, from before its first capture:
 * which reached {@code terminal.transactions.v1} (captured or voided), which were settled on
 * {@code settlement.transactions.v1} — with every distinct event id and when each arrived here — and on which
 * partitions settlement closed each business date (SettlementDayClosed comes on every partition after every
 * TransactionSettled of that date there, so a date closed on all of them is settled in full).
 */
final class SettlementWatch implements AutoCloseable {

    static final String CAPTURED_TOPIC = "terminal.transactions.v1";
    static final String SETTLED_TOPIC = "settlement.transactions.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<String> captured = ConcurrentHashMap.newKeySet();
    private final Map<String, LoadReconciliation.Settled> settled = new ConcurrentHashMap<>();
    private final Map<LocalDate, Set<Integer>> closed = new ConcurrentHashMap<>();
    private final TopicFollower capturedFollower;
    private final TopicFollower settledFollower;

    SettlementWatch(String bootstrap) {
        capturedFollower = new TopicFollower(bootstrap, List.of(CAPTURED_TOPIC), this::captured, "load-captured");
        settledFollower = new TopicFollower(bootstrap, List.of(SETTLED_TOPIC), this::settled, "load-settled");
    }

    private void captured(EventTap.Event e) {
        if (e.type().equals("TransactionCaptured") || e.type().equals("TransactionVoided")) {
            captured.add(json(e).path("transactionId").asText());
        }
    }

    private void settled(EventTap.Event e) {
        if (e.type().equals("TransactionSettled")) {
            JsonNode j = json(e);
            long now = System.nanoTime();
            settled.merge(j.path("transactionId").asText(),
                    new LoadReconciliation.Settled(j.path("serialNumber").asText(), j.path("amountFen").asLong(),
                            Set.of(String.valueOf(e.id())), now),
                    (first, again) -> {
                        Set<String> ids = new HashSet<>(first.eventIds());
                        ids.addAll(again.eventIds());
                        return new LoadReconciliation.Settled(first.serialNumber(), first.amountFen(), Set.copyOf(ids),
                                first.arrivedNanos());
                    });
        } else if (e.type().equals("SettlementDayClosed")) {
            closed.computeIfAbsent(LocalDate.parse(json(e).path("businessDate").asText()),
                    d -> ConcurrentHashMap.newKeySet()).add(e.partition());
        }
    }

    /** How many of {@code ids} have not reached {@code terminal.transactions.v1} yet. */
    long notCaptured(Collection<String> ids) {
        return ids.stream().filter(id -> !captured.contains(id)).count();
    }

    /**
     * Of some transactions: how many have a TransactionSettled, how many of those arrived after a moment, and when
     * the first and the latest of these arrived (the moment itself when none did).
     */
    record SettledSoFar(long count, long countSince, long firstArrivalNanos, long lastArrivalNanos) {
    }

    SettledSoFar settledOf(Collection<String> ids, long sinceNanos) {
        long count = 0;
        long countSince = 0;
        long first = Long.MAX_VALUE;
        long last = sinceNanos;
        for (String id : ids) {
            LoadReconciliation.Settled s = settled.get(id);
            if (s != null) {
                count++;
                if (s.arrivedNanos() - sinceNanos > 0) {
                    countSince++;
                    first = Math.min(first, s.arrivedNanos());
                    last = Math.max(last, s.arrivedNanos());
                }
            }
        }
        return new SettledSoFar(count, countSince, countSince == 0 ? sinceNanos : first, last);
    }

    boolean isSettled(String transactionId) {
        return settled.containsKey(transactionId);
    }

    /** On how many partitions of {@code settlement.transactions.v1} the business date is closed. */
    int closedOn(LocalDate businessDate) {
        return closed.getOrDefault(businessDate, Set.of()).size();
    }

    int settledPartitions() {
        return settledFollower.partitions(SETTLED_TOPIC);
    }

    /** Every TransactionSettled read so far, by transaction id. */
    Map<String, LoadReconciliation.Settled> settled() {
        return Map.copyOf(settled);
    }

    private static JsonNode json(EventTap.Event e) {
        try {
            return JSON.readTree(e.value());
        } catch (IOException ex) {
            throw new IllegalStateException("Not JSON on " + e.topic() + ": " + e.value(), ex);
        }
    }

    @Override
    public void close() throws InterruptedException {
        capturedFollower.close();
        settledFollower.close();
    }
}
