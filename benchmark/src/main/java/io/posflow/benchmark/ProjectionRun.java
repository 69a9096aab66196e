package io.posflow.benchmark;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Measures (b), deposit-service's projection, once the service is healthy: polls the projection's committed
 * next offsets (the ops endpoint; the consumer group's committed offsets where it is not deployed yet) until
 * every partition is at its end offset. Throughput = records consumed after the service became healthy /
 * time from healthy to caught up. Then reads the volumes.
 */
final class ProjectionRun {

    static final String CONSUMER_GROUP = "posflow.deposit";

    /** {@code settlements}: the TransactionSettled part alone, timed from the poll showing every DepositCollected read. */
    record Result(Throughput throughput, Throughput settlements, Map<String, Long> volumes, String progressSource,
                  String volumeSource) {
    }

    private ProjectionRun() {
    }

    /**
     * {@code depositsEnd}: per partition, the offset after the last DepositCollected (they are produced
     * first), so the settlements' own rate can be told apart from opening the deposits.
     */
    static Result measure(String name, DepositService service, BenchKafka kafka, Map<TopicPartition, Long> end,
                          Map<TopicPartition, Long> depositsEnd, List<String> serials, Duration deadline)
            throws Exception {
        long total = end.values().stream().mapToLong(Long::longValue).sum();
        long deposits = depositsEnd.values().stream().mapToLong(Long::longValue).sum();
        long healthyAt = System.nanoTime();
        long limit = healthyAt + deadline.toNanos();
        Long consumedWhenHealthy = null;
        Long depositsReadAt = null;
        Long consumedWhenDepositsRead = null;
        String source;
        try (Admin admin = kafka.admin()) {
            while (true) {
                Optional<Map<Integer, Long>> ops = service.ops().progress();
                Map<Integer, Long> next = ops.orElseGet(() -> groupOffsets(admin));
                source = ops.isPresent() ? "ops endpoint nextOffset" : "consumer group " + CONSUMER_GROUP
                        + " committed offsets (ops endpoint 404)";
                long consumed = end.keySet().stream()
                        .mapToLong(tp -> Math.min(next.getOrDefault(tp.partition(), 0L), end.get(tp))).sum();
                if (consumedWhenHealthy == null) {
                    consumedWhenHealthy = consumed;
                }
                if (depositsReadAt == null && depositsEnd.entrySet().stream()
                        .allMatch(e -> next.getOrDefault(e.getKey().partition(), 0L) >= e.getValue())) {
                    depositsReadAt = System.nanoTime();
                    consumedWhenDepositsRead = consumed;
                }
                if (consumed >= total) {
                    break;
                }
                if (!service.isAlive()) {
                    throw new IllegalStateException("deposit-service died; see " + service.log());
                }
                if (System.nanoTime() > limit) {
                    double seconds = (System.nanoTime() - healthyAt) / 1e9;
                    String settledRate = depositsReadAt == null ? "" : String.format(", settlements %.0f records/s",
                            (consumed - consumedWhenDepositsRead) / ((System.nanoTime() - depositsReadAt) / 1e9));
                    throw new TimeoutException(String.format("%s consumed %d of %d records in %.0f s (%.0f records/s%s)",
                            name, consumed, total, seconds, (consumed - consumedWhenHealthy) / seconds, settledRate));
                }
                Thread.sleep(250);
            }
        }
        long doneAt = System.nanoTime();
        double seconds = (doneAt - healthyAt) / 1e9;
        // Offsets are committed in batches: on a small run the deposits and the rest may show up in one poll.
        Throughput settlements = depositsReadAt == null || consumedWhenDepositsRead >= total ? null
                : new Throughput(name.replace(")", ", settlements only)"), total - consumedWhenDepositsRead,
                (doneAt - depositsReadAt) / 1e9, "TransactionSettled read after every DepositCollected was / time since");
        Optional<Map<String, Long>> volumes = service.ops().volumes();
        String volumeSource = volumes.isPresent() ? "ops volumes endpoint" : "GET /api/v1/deposits/{sn} each";
        Map<String, Long> read = volumes.isPresent() ? volumes.get() : service.ops().volumesOneByOne(serials);
        return new Result(new Throughput(name, total - consumedWhenHealthy, seconds,
                "records consumed after healthy / time from healthy to caught up (" + consumedWhenHealthy
                        + " of " + deposits + " DepositCollected and " + (total - deposits)
                        + " TransactionSettled already consumed when healthy)"),
                settlements, read, source, volumeSource);
    }

    private static Map<Integer, Long> groupOffsets(Admin admin) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(CONSUMER_GROUP)
                    .partitionsToOffsetAndMetadata().get();
            Map<Integer, Long> next = new HashMap<>();
            committed.forEach((tp, o) -> {
                if (tp.topic().equals(BenchKafka.SETTLEMENTS) && o != null) {
                    next.put(tp.partition(), o.offset());
                }
            });
            return next;
        } catch (Exception e) {
            return Map.of();
        }
    }
}
