package io.posflow.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Reads every public topic from the end it finds at start, as another platform team would, keeps each
 * record, and optionally prints it as it flows (the demo).
 */
final class EventTap implements AutoCloseable {

    static final List<String> PUBLIC_TOPICS = List.of(
            "onboarding.applications.v1", "onboarding.merchants.v1", "kyc.verifications.v1",
            "terminal.terminals.v1", "terminal.transactions.v1", "settlement.transactions.v1",
            "settlement.payouts.v1", "deposit.deposits.v1", "partner-bank.application-feedback.v1");

    record Event(String topic, int partition, String key, Map<String, String> headers, String value) {

        String type() {
            String ceType = headers.get("ce_type");
            return ceType == null ? "(no ce_type)" : ceType.replaceAll("^posflow\\.[^.]+\\.(.+)\\.v\\d+$", "$1");
        }

        String id() {
            return headers.get("ce_id");
        }
    }

    private final ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();
    private final TopicFollower follower;

    EventTap(String bootstrap, PrintStream printer) {
        follower = new TopicFollower(bootstrap, PUBLIC_TOPICS, event -> {
            events.add(event);
            if (printer != null && !(event.type().equals("SettlementDayClosed") && event.partition() != 0)) {
                printer.printf("  %-24s %-34s key=%s%n", event.type(), event.topic(), event.key());
            }
        }, "event-tap");
    }

    /** Waits until no event has arrived for {@code quiet} (at most {@code max}), so output follows its cause. */
    void awaitQuiet(Duration quiet, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        int seen = events.size();
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline && System.nanoTime() - quietSince < quiet.toNanos()) {
            Thread.sleep(100);
            if (events.size() != seen) {
                seen = events.size();
                quietSince = System.nanoTime();
            }
        }
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() throws InterruptedException {
        follower.close();
    }
}
