package io.posflow.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.posflow.localstack.LoadRecords.LoadMerchant;
import io.posflow.localstack.LoadRecords.Transaction;
import io.posflow.localstack.SaleMix.Operation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * The POS devices of {@code ./posflow load}: {@code clients} threads, each the device of its own share of the
 * terminals, so a terminal never has two transactions in flight, as at a real counter. Each takes the next send of
 * the {@link RateSchedule}, waits until it is due (open model) or sends at once (closed), and does what the
 * {@link SaleMix} draws on one of its terminals: a SALE; a VOID of one of today's approved sales of a T1 terminal
 * (T5: never T0); or a REFUND of an earlier run's settled sale, on its card. Where nothing is there to void or
 * refund it sells instead. Every send is sent once: an answer that does not come is an error, not retried.
 */
final class PosClients {

    enum Outcome { APPROVED, DECLINED, ERROR }

    /** What the devices did: every approved transaction as answered, and the counts. */
    record Result(List<Transaction> approved, Map<Operation, Map<Outcome, Long>> tally, Map<String, Long> declines,
                  Map<String, Long> errors, long sent, long notSent) {
    }

    private final StackClient client;
    private final List<List<LoadMerchant>> terminalsByClient = new ArrayList<>();
    private final List<Deque<Transaction>> refundableByClient = new ArrayList<>();
    private final long seed;
    private final LatencyWindows windows;
    private final Consumer<Transaction> ledger;
    private final Map<Operation, Map<Outcome, LongAdder>> tally = new EnumMap<>(Operation.class);
    private final Map<String, LongAdder> declines = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final AtomicLong slots = new AtomicLong();
    private final LongAdder sent = new LongAdder();

    /**
     * {@code refundable}: earlier runs' settled sales of these terminals, not voided, held or refunded yet; each is
     * refunded at most once. {@code ledger} hears of every approved transaction as it is answered.
     */
    PosClients(StackClient client, List<LoadMerchant> merchants, int clients, long seed, List<Transaction> refundable,
               LatencyWindows windows, Consumer<Transaction> ledger) {
        this.client = client;
        this.seed = seed;
        this.windows = windows;
        this.ledger = ledger;
        int count = Math.min(clients, merchants.size());
        Map<String, Integer> clientOf = new HashMap<>();
        for (int c = 0; c < count; c++) {
            terminalsByClient.add(new ArrayList<>());
            refundableByClient.add(new ArrayDeque<>());
        }
        for (int i = 0; i < merchants.size(); i++) {
            terminalsByClient.get(i % count).add(merchants.get(i));
            clientOf.put(merchants.get(i).serial(), i % count);
        }
        refundable.stream().filter(t -> clientOf.containsKey(t.serialNumber()))
                .forEach(t -> refundableByClient.get(clientOf.get(t.serialNumber())).add(t));
        for (Operation o : Operation.values()) {
            Map<Outcome, LongAdder> byOutcome = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                byOutcome.put(outcome, new LongAdder());
            }
            tally.put(o, byOutcome);
        }
    }

    int clients() {
        return terminalsByClient.size();
    }

    /** Sends until the schedule's end; returns when every client has its last answer. */
    Result run(RateSchedule schedule) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        List<List<Transaction>> approvedByClient = new ArrayList<>();
        for (int c = 0; c < terminalsByClient.size(); c++) {
            List<Transaction> approved = new ArrayList<>();
            approvedByClient.add(approved);
            Device device = new Device(terminalsByClient.get(c), refundableByClient.get(c),
                    new Random(seed * 31 + c), approved);
            Thread t = new Thread(() -> device.run(schedule), "pos-client-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Transaction> approved = new ArrayList<>();
        approvedByClient.forEach(approved::addAll);
        Map<Operation, Map<Outcome, Long>> counts = new EnumMap<>(Operation.class);
        tally.forEach((o, byOutcome) -> {
            Map<Outcome, Long> c = new EnumMap<>(Outcome.class);
            byOutcome.forEach((outcome, n) -> c.put(outcome, n.sum()));
            counts.put(o, c);
        });
        long sends = sent.sum();
        return new Result(approved, counts, sums(declines), sums(errors), sends,
                schedule.open() ? schedule.offered() - sends : 0);
    }

    private static Map<String, Long> sums(Map<String, LongAdder> adders) {
        Map<String, Long> sums = new TreeMap<>();
        adders.forEach((k, v) -> sums.put(k, v.sum()));
        return sums;
    }

    /** One client: its terminals, today's sales it may void, the earlier sales it may refund. */
    private final class Device {

        private final List<LoadMerchant> terminals;
        private final Deque<Transaction> refundable;
        private final Random random;
        private final SaleMix mix;
        private final List<Transaction> approved;
        private final List<Transaction> voidable = new ArrayList<>();
        private final Map<String, LoadMerchant> bySerial = new HashMap<>();

        Device(List<LoadMerchant> terminals, Deque<Transaction> refundable, Random random, List<Transaction> approved) {
            this.terminals = terminals;
            this.refundable = refundable;
            this.random = random;
            this.mix = new SaleMix(random);
            this.approved = approved;
            terminals.forEach(m -> bySerial.put(m.serial(), m));
        }

        void run(RateSchedule schedule) {
            waitUntil(schedule.startNanos());
            while (true) {
                long due;
                if (schedule.open()) {
                    due = schedule.dueNanos(slots.getAndIncrement());
                    if (!schedule.within(due)) {
                        return;
                    }
                    waitUntil(due);
                    if (!schedule.within(System.nanoTime())) {
                        return; // still waiting for a client at the end: not sent, counted as such
                    }
                } else {
                    due = System.nanoTime();
                    if (!schedule.within(due)) {
                        return;
                    }
                }
                sendOne(mix.operation(), due);
            }
        }

        private void sendOne(Operation wanted, long due) {
            if (wanted == Operation.VOID && !voidable.isEmpty()) {
                Transaction sale = voidable.remove(random.nextInt(voidable.size()));
                send(Operation.VOID, bySerial.get(sale.serialNumber()), sale.payment(), sale.amountFen(),
                        sale.transactionId(), due);
            } else if (wanted == Operation.REFUND && !refundable.isEmpty()) {
                Transaction sale = refundable.poll();
                send(Operation.REFUND, bySerial.get(sale.serialNumber()), sale.payment(),
                        mix.refundAmountFen(sale.amountFen()), sale.transactionId(), due);
            } else {
                send(Operation.SALE, terminals.get(random.nextInt(terminals.size())), mix.payment(),
                        mix.saleAmountFen(), null, due);
            }
        }

        private void send(Operation operation, LoadMerchant terminal, Payment payment, long amountFen,
                          String originalId, long due) {
            String id = UUID.randomUUID().toString(); // never the seed's: a second run must not replay the first's ids
            Map<String, Object> body = payment.body(id, operation.name(), amountFen, originalId);
            sent.increment();
            StackClient.Response answer;
            try {
                answer = client.post("terminal", Payment.capturePath(terminal.serial()), body);
            } catch (IllegalStateException noAnswer) {
                failed(operation, "no answer: " + rootCause(noAnswer));
                return;
            }
            long latency = System.nanoTime() - due;
            if (answer.status() != 201) {
                failed(operation, "HTTP " + answer.status() + " " + answer.body().path("code").asText(""));
                return;
            }
            JsonNode a = answer.body();
            if (!"APPROVED".equals(a.path("status").asText())) {
                windows.declined(latency);
                tally.get(operation).get(Outcome.DECLINED).increment();
                declines.computeIfAbsent(operation + " " + a.path("reason").asText("?"), k -> new LongAdder())
                        .increment();
                return;
            }
            windows.approved(latency);
            tally.get(operation).get(Outcome.APPROVED).increment();
            Transaction t = new Transaction(id, terminal.serial(), operation.name(), originalId, amountFen,
                    a.path("capturedAt").asText(), a.path("businessDate").asText(), payment);
            approved.add(t);
            ledger.accept(t);
            if (operation == Operation.SALE && terminal.speed().equals("T1")) {
                voidable.add(t);
            }
        }

        private void failed(Operation operation, String why) {
            windows.error();
            tally.get(operation).get(Outcome.ERROR).increment();
            errors.computeIfAbsent(operation + " " + why, k -> new LongAdder()).increment();
        }
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    private static void waitUntil(long due) {
        for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
