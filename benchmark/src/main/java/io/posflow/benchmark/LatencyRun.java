package io.posflow.benchmark;

import io.posflow.benchmark.DepositRules.TerminalVolume;
import io.posflow.contracts.CloudEventHeaders;
import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.deposit.DepositRefundTriggered;
import io.posflow.contracts.settlement.TransactionSettled;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Latency at a steady rate, on a deposit-service that has folded the bulk workload: TransactionSettled
 * records are sent at {@code rate}/s for {@code seconds}; a known few are SALEs whose amount is exactly
 * what their terminal still needs (D3), the rest small SALEs to terminals far from the target. For each
 * crossing, latency = when its DepositRefundTriggered was received on deposit.deposits.v1 − when the
 * TransactionSettled was handed to the producer.
 */
final class LatencyRun {

    record Result(int sent, int crossings, long[] latenciesMicros) {

        double percentileMillis(double p) {
            if (latenciesMicros.length == 0) {
                return Double.NaN;
            }
            long[] sorted = latenciesMicros.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1000.0;
        }
    }

    private static final long FILLER_MAX_FEN = 10_000;

    private LatencyRun() {
    }

    static Result run(BenchKafka kafka, Workload workload, Map<String, TerminalVolume> expected, int rate,
                      int seconds, long seed) throws Exception {
        Random random = new Random(seed ^ 0x5EED);
        List<Integer> open = IntStream.range(0, workload.terminals())
                .filter(i -> !expected.get(workload.serial(i)).triggered()).boxed().collect(Collectors.toList());
        int total = rate * seconds;
        int crossings = Math.min(open.size() / 2, Math.max(10, 2 * seconds));
        List<Integer> crossing = open.subList(0, crossings);
        List<Integer> filler = open.subList(crossings, open.size());
        long[] fillerRoom = new long[workload.terminals()];
        for (int t : filler) {
            TerminalVolume v = expected.get(workload.serial(t));
            fillerRoom[t] = v.targetFen() - v.volumeFen() - 1;
        }
        int every = Math.max(1, total / crossings);

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> receivedAt = new ConcurrentHashMap<>();
        awaitQuietDepositsTopic(kafka);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(kafka.consumerConfig(null));
             KafkaProducer<String, byte[]> producer = kafka.producer(0)) {
            List<TopicPartition> partitions = IntStream.range(0, 6)
                    .mapToObj(p -> new TopicPartition(BenchKafka.DEPOSITS, p)).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            Thread listener = new Thread(() -> listen(consumer, receivedAt, crossings), "latency-listener");
            listener.setDaemon(true);
            listener.start();

            long interval = 1_000_000_000L / rate;
            long start = System.nanoTime();
            int nextCrossing = 0;
            for (int n = 0; n < total; n++) {
                LockSupport.parkNanos(start + n * interval - System.nanoTime());
                int t;
                long amount;
                if (n % every == every / 2 && nextCrossing < crossings) {
                    t = crossing.get(nextCrossing++);
                    TerminalVolume v = expected.get(workload.serial(t));
                    amount = v.targetFen() - v.volumeFen();
                } else {
                    t = filler.get(random.nextInt(filler.size()));
                    amount = Math.min(fillerRoom[t], 100 + random.nextInt((int) FILLER_MAX_FEN));
                    if (amount <= 0) {
                        continue;
                    }
                    fillerRoom[t] -= amount;
                }
                Instant capturedAt = workload.depositCapturedAt(t).plus(Duration.ofDays(30));
                TransactionSettled event = workload.settled(random, t, String.format("TXL%012d", n + 1), false,
                        amount, capturedAt, null);
                var record = kafka.record(event, Workload.uuid(random), capturedAt.plus(Duration.ofHours(20)));
                if (crossing.contains(t)) {
                    sentAt.put(event.serialNumber(), System.nanoTime());
                }
                producer.send(record);
            }
            producer.flush();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (receivedAt.size() < crossings && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            listener.interrupt();
            listener.join(5_000);
        }
        List<Long> latencies = new ArrayList<>();
        sentAt.forEach((serial, sent) -> {
            Long received = receivedAt.get(serial);
            if (received != null) {
                latencies.add((received - sent) / 1_000);
            }
        });
        return new Result(total, crossings, latencies.stream().mapToLong(Long::longValue).toArray());
    }

    private static void listen(KafkaConsumer<String, byte[]> consumer, Map<String, Long> receivedAt, int crossings) {
        String type = EventCatalogue.byClass(DepositRefundTriggered.class).ceType();
        while (!Thread.currentThread().isInterrupted() && receivedAt.size() < crossings) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(5))) {
                long now = System.nanoTime();
                if (type.equals(BenchKafka.text(record.headers(), CloudEventHeaders.TYPE))) {
                    receivedAt.putIfAbsent(record.key(), now);
                }
            }
        }
    }

    /** Waits until deposit.deposits.v1 stops growing: the bulk run's refunds are all published. */
    private static void awaitQuietDepositsTopic(BenchKafka kafka) throws Exception {
        Map<TopicPartition, Long> before = new HashMap<>();
        for (int stable = 0; stable < 4; ) {
            Map<TopicPartition, Long> now = kafka.endOffsets(BenchKafka.DEPOSITS, 6);
            stable = now.equals(before) ? stable + 1 : 0;
            before = now;
            Thread.sleep(500);
        }
    }
}
