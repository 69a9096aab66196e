package io.posflow.localstack;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The POS devices of {@code ./posflow chaos}: one thread per device, each selling small card SALEs on the
 * terminals it owns, one at a time, as a device does. A request without an answer — connection refused, reset
 * or timed out while a process is down, or a 5xx — is sent again with the same transaction id and body until
 * it is answered (T5: the first answer comes back), so a sale is APPROVED only when terminal-service said so.
 */
final class ChaosDevices {

    enum Outcome { APPROVED, DECLINED, REFUSED, UNANSWERED }

    /** One sale and what the device finally heard; {@code attempts} > 1 when it had to send it again. */
    record Sale(String transactionId, String serialNumber, long amountFen, Outcome outcome, String reason,
                int attempts, Instant answeredAt) {
    }

    /** How long a device waits before sending an unanswered request again. */
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

    private final StackClient client;
    private final List<List<Walkthrough.Merchant>> terminalsByDevice;
    private final long seed;
    private final ConcurrentLinkedQueue<Sale> sales = new ConcurrentLinkedQueue<>();
    private final AtomicLong approved = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean selling = true;
    private volatile Instant giveUpAt = Instant.MAX;

    /** {@code devices} devices share the merchants' terminals between them, each terminal on one device. */
    ChaosDevices(StackClient client, List<Walkthrough.Merchant> merchants, int devices, long seed) {
        this.client = client;
        this.seed = seed;
        int count = Math.min(devices, merchants.size());
        terminalsByDevice = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            terminalsByDevice.add(new ArrayList<>());
        }
        for (int i = 0; i < merchants.size(); i++) {
            terminalsByDevice.get(i % count).add(merchants.get(i));
        }
    }

    int devices() {
        return terminalsByDevice.size();
    }

    void start() {
        for (int d = 0; d < terminalsByDevice.size(); d++) {
            int device = d;
            Thread thread = new Thread(() -> sell(device), "pos-device-" + d);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /**
     * Stops selling: each device finishes the sale it is on, still retrying it until answered or until
     * {@code drain} has passed (then it is UNANSWERED); returns when every device has stopped.
     */
    void stop(Duration drain) throws InterruptedException {
        giveUpAt = Instant.now().plus(drain);
        selling = false;
        for (Thread thread : threads) {
            thread.join(drain.plusSeconds(40).toMillis()); // a request in flight may take its 30 s timeout
        }
    }

    long approvedSoFar() {
        return approved.get();
    }

    long retriedSoFar() {
        return retried.get();
    }

    List<Sale> sales() {
        return List.copyOf(sales);
    }

    private void sell(int device) {
        Random random = new Random(seed * 31 + device);
        List<Walkthrough.Merchant> terminals = terminalsByDevice.get(device);
        for (int n = 0; selling; n++) {
            Walkthrough.Merchant m = terminals.get(n % terminals.size());
            sales.add(sellOnce(m, amountFen(random)));
            // The next customer: a steady stream with work always in flight that still leaves the CPU of a small
            // machine to the restarts.
            pause(Duration.ofMillis(100 + random.nextInt(300)));
        }
    }

    /**
     * 1.00–100.00 yuan, never ending in 13 fen (the card switch times out: DECLINED, architecture §5) nor 77 fen (left
     * out of the clearing file: held, S8), so that every sale is approved and settles in the next run.
     */
    private static long amountFen(Random random) {
        long fen;
        do {
            fen = 100 + random.nextInt(9_901);
        } while (TestIdentities.switchHangsOn(fen) || TestIdentities.clearingOmits(fen));
        return fen;
    }

    private Sale sellOnce(Walkthrough.Merchant m, long amountFen) {
        String transactionId = UUID.randomUUID().toString();
        Map<String, Object> body = Walkthrough.saleBody(m, transactionId, amountFen, TestIdentities.creditCard());
        String path = Payment.capturePath(m.serialNumber());
        for (int attempt = 1; ; attempt++) {
            if (attempt == 2) {
                retried.incrementAndGet();
            }
            String failure;
            try {
                StackClient.Response r = client.post("terminal", path, body);
                if (r.status() == 201) {
                    JsonNode answer = r.body();
                    Outcome outcome = "APPROVED".equals(answer.path("status").asText())
                            ? Outcome.APPROVED : Outcome.DECLINED;
                    if (outcome == Outcome.APPROVED) {
                        approved.incrementAndGet();
                    }
                    return new Sale(transactionId, m.serialNumber(), amountFen, outcome,
                            answer.path("reason").asText(null), attempt, Instant.now());
                }
                if (r.status() < 500) {
                    // A refusal is an answer too: the device shows it and does not try again.
                    return new Sale(transactionId, m.serialNumber(), amountFen, Outcome.REFUSED,
                            r.status() + " " + r.body().path("code").asText(""), attempt, Instant.now());
                }
                failure = "HTTP " + r.status();
            } catch (IllegalStateException noAnswer) {
                failure = noAnswer.getMessage(); // refused, reset or timed out: the process is down
            }
            if (Instant.now().isAfter(giveUpAt)) {
                return new Sale(transactionId, m.serialNumber(), amountFen, Outcome.UNANSWERED, failure, attempt, null);
            }
            pause(RETRY_PAUSE);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
