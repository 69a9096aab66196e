package io.posflow.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.posflow.localstack.LoadReconciliation.Counted;
import io.posflow.localstack.LoadReconciliation.Sum;
import io.posflow.localstack.LoadRecords.LoadMerchant;
import io.posflow.localstack.LoadRecords.Transaction;
import io.posflow.localstack.SaleMix.Operation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * {@code ./posflow load} (issue 15): drives the stack a {@code ./posflow run} started — only through its public REST
 * and the simulation clock, as merchants and devices would — and measures it. (1) Opens the merchants the data
 * folder does not hold yet, concurrently, through the real flow, and reuses those it holds. (2) Captures for
 * {@code --duration} seconds at {@code --rate} sends a second (0: as fast as it can) on {@code --clients} POS
 * devices, printing throughput and latency percentiles every ten seconds. (3) Moves every service's clock to the
 * next weekday's settlement run and measures the run (until every approved transaction of the day is settled) and
 * the deposit fold (until every terminal's volume is what its sales add up to). (4) Reconciles to the fen. Exit
 * code 0 when everything reconciles, 1 when not (or the run failed), 2 on a usage error or without a running stack.
 */
final class Load {

    private static final String USAGE = "usage: ./posflow load [--terminals N (20)] [--rate SALES_PER_S (0: as fast as"
            + " it can)] [--duration S (60)] [--clients N (16)] [--seed S] [--concurrency N (4, onboarding)]"
            + " [--skip-settlement] [--data-dir PATH (the running stack's)]";
    /**
     * Onboarding's default concurrency. Ten or more first-time applicants at once exhaust onboarding-service's
     * connection pool of ten today (each SubmitApplication holds a connection and asks for a second, REQUIRES_NEW,
     * in JpaApplicantQuota), and Axon's 30 s timeout then interrupts the threads, which closes its H2 database.
     */
    static final int CONCURRENCY = 4;
    /** One merchant in ten is settled T0 (at capture, S3); the second of every ten, so a small run has one. */
    private static final int T0_EVERY = 10;
    private static final int MOST_REFUNDABLE = 50_000;
    private static final int DEPOSIT_READERS = 16;
    /** How long a run may stay quiet, per transaction it has to settle, before the wait gives up. */
    private static final long QUIET_MILLIS_PER_TRANSACTION = 60;
    private static final Duration STEP_DEADLINE = Duration.ofSeconds(300);

    record Options(int terminals, double rate, int durationSeconds, int clients, long seed, int concurrency,
                   boolean skipSettlement, Path dataDir) {

        static Options parse(String[] args) {
            Flags flags = Flags.parse(args, Set.of("--terminals", "--rate", "--duration", "--clients", "--seed",
                    "--concurrency", "--data-dir"), Set.of("--skip-settlement"));
            return new Options(flags.positive("--terminals", 20), rate(flags.value("--rate").orElse("0")),
                    flags.positive("--duration", 60), flags.positive("--clients", 16), flags.seed(),
                    flags.positive("--concurrency", CONCURRENCY), flags.has("--skip-settlement"),
                    flags.path("--data-dir").orElse(null));
        }

        private static double rate(String value) {
            try {
                double rate = Double.parseDouble(value);
                if (rate >= 0 && !Double.isInfinite(rate)) {
                    return rate;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new IllegalArgumentException("--rate needs 0 (as fast as it can) or sales a second, not " + value);
        }

        String rateText() {
            return rate == 0 ? "as fast as it can" : String.format("%,.1f sends/s (open model)", rate);
        }
    }

    /** The stack is not there, or the data folder is another stack's: nothing to drive. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final StackClient client = new StackClient();
    private final PrintStream out = System.out;
    private final StackProcesses processes = StackProcesses.find();
    private final Options options;
    /** In the stack's data folder: given, or the one the running services were started with. */
    private final LoadRecords records;

    private Load(Options options) {
        this.options = options;
        this.records = new LoadRecords(Optional.ofNullable(options.dataDir())
                .or(() -> processes.dataDir().map(Path::toAbsolutePath))
                .orElseGet(() -> StackLayout.discover().data()).resolve("load"));
    }

    static int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        try {
            List<String> down = StackLayout.SERVICES.stream().filter(s -> !LocalStack.isHealthy(s))
                    .map(StackLayout.Service::name).toList();
            if (!down.isEmpty()) {
                throw new Refused("No running posflow stack: " + String.join(", ", down) + " did not answer healthy on"
                        + " 127.0.0.1:8081–8085. Start one with ./posflow run (in another terminal), wait for \"posflow"
                        + " is running\", then run ./posflow load again.");
            }
            return new Load(options).run() ? 0 : 1;
        } catch (Refused e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.printf("%nThe load run failed: %s%n", e);
            e.printStackTrace();
            return 1;
        }
    }

    private boolean run() throws Exception {
        out.printf("posflow load: %d terminals, %d POS clients, %s for %d s, seed %d%n", options.terminals(),
                Math.min(options.clients(), options.terminals()), options.rateText(), options.durationSeconds(),
                options.seed());
        out.printf("  records in %s%n", records.dir());
        out.printf("  stack processes: %s%n", processes.processes().isEmpty() ? "(not found: no CPU figures)"
                : processes.processes().stream().map(p -> p.name() + " " + p.pid()).collect(Collectors.joining(", ")));
        client.durability().forEach((service, d) -> {
            if (!d.path("durable").asBoolean(false)) {
                out.printf("  NOTE: %s does not report a database durable at commit: %s%n", service,
                        d.isMissingNode() ? "(not reported)" : d);
            }
        });

        List<LoadMerchant> merchants = merchants();
        if (merchants.isEmpty()) {
            out.printf("%nNo merchant could be opened: nothing to capture on.%n");
            return false;
        }
        LocalDate today = client.clock("terminal").atZone(Walkthrough.SHANGHAI).toLocalDate();
        List<Transaction> history = records.transactions();
        List<Transaction> carried = records.unsettled();
        Set<String> held = held();
        List<Transaction> refundable = refundable(history, carried, held, merchants, today,
                new Random(options.seed()), MOST_REFUNDABLE);

        try (SettlementWatch watch = new SettlementWatch(StackLayout.BOOTSTRAP)) {
            List<Transaction> approved = capture(merchants, refundable);
            List<Transaction> due = new ArrayList<>(carried);
            due.addAll(approved);
            awaitCapturesConsumed(watch, approved);
            if (options.skipSettlement()) {
                records.unsettled(due);
                out.printf("%n--skip-settlement: %,d approved transactions left for the next run's settlement (%s)%n",
                        due.size(), records.dir().resolve("unsettled.jsonl"));
                return true;
            }
            List<Transaction> all = new ArrayList<>(history);
            all.addAll(approved);
            return settleAndReconcile(watch, merchants, due, all, today);
        }
    }

    /** Phase 1: the merchants on record that this stack knows, and as many new ones as are missing. */
    private List<LoadMerchant> merchants() throws InterruptedException {
        List<LoadMerchant> known = records.merchants();
        if (!known.isEmpty()) {
            Set<String> onStack = depositVolumes().keySet();
            List<String> unknown = known.stream().map(LoadMerchant::serial).filter(s -> !onStack.contains(s)).toList();
            if (!unknown.isEmpty()) {
                throw new Refused(records.dir().resolve("merchants.jsonl") + " names " + unknown.size() + " terminals"
                        + " (" + unknown.get(0) + " …) that hold no deposit on the running stack: the records are"
                        + " another data folder's. Give --data-dir the running stack's data folder, or delete "
                        + records.dir() + " to start afresh.");
            }
        }
        int missing = Math.max(0, options.terminals() - known.size());
        out.printf("%n== Merchants: %,d on record, %,d to open (concurrency %d)%n", known.size(), missing,
                options.concurrency());
        List<LoadMerchant> opened = new ArrayList<>(known);
        if (missing > 0) {
            List<String> speeds = new ArrayList<>();
            for (int i = known.size(); i < options.terminals(); i++) {
                speeds.add(i % T0_EVERY == 1 ? "T0" : "T1");
            }
            Walkthrough walk = new Walkthrough(client, Walkthrough.Waiter.polling(STEP_DEADLINE, Duration.ofMillis(200)));
            MerchantWave.Result wave = new MerchantWave(walk, options.concurrency(), out).open(speeds, o -> {
                LoadMerchant m = new LoadMerchant(o.merchant(), o.speed(), o.deposit().path("windowStart").asText(),
                        o.deposit().path("windowEnd").asText());
                records.add(m);
                opened.add(m);
            });
            out.printf("  %,d merchants opened in %.1f s: %.2f merchants/s (apply → approved → SMS code → activated →"
                    + " deposit HELD)%n", wave.opened().size(), wave.took().toMillis() / 1000.0, wave.perSecond());
            if (!wave.failures().isEmpty()) {
                out.printf("  %d failed; the first: %s%n", wave.failures().size(), wave.failures().get(0));
            }
        }
        List<LoadMerchant> use = opened.subList(0, Math.min(opened.size(), options.terminals()));
        out.printf("  using %,d terminals (%d settled T0)%n", use.size(),
                use.stream().filter(m -> m.speed().equals("T0")).count());
        return List.copyOf(use);
    }

    /** Phase 2: the capture; returns every transaction answered APPROVED. */
    private List<Transaction> capture(List<LoadMerchant> merchants, List<Transaction> refundable) throws Exception {
        long start = System.nanoTime() + 100_000_000L; // the clients' threads are up by then
        RateSchedule schedule = RateSchedule.starting(options.rate(), start, options.durationSeconds() * 1_000_000_000L);
        LatencyWindows windows = new LatencyWindows(start);
        try (LoadRecords.Ledger ledger = records.transactionLedger()) {
            Thread flushOnExit = new Thread(ledger::close, "load-ledger");
            Runtime.getRuntime().addShutdownHook(flushOnExit); // Ctrl-C keeps what was approved so far
            PosClients devices = new PosClients(client, merchants, options.clients(), options.seed(), refundable,
                    windows, ledger::add);
            out.printf("%n== Capture: %s for %d s on %d POS clients; %,d earlier settled sales to refund from%n",
                    options.rateText(), options.durationSeconds(), devices.clients(), refundable.size());
            out.println(LatencyWindows.header());
            Map<Long, Long> cpuBefore = processes.cpuTicks();
            Optional<Duration> ownBefore = ProcessHandle.current().info().totalCpuDuration();
            Reporter reporter = new Reporter(windows, schedule, ledger);
            reporter.start();
            PosClients.Result result = devices.run(schedule);
            long end = System.nanoTime();
            reporter.finish(end);
            Map<Long, Long> cpuAfter = processes.cpuTicks();
            Optional<Duration> ownAfter = ProcessHandle.current().info().totalCpuDuration();
            ledger.flush();
            try {
                Runtime.getRuntime().removeShutdownHook(flushOnExit);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running already
            }
            summarise(result, windows.windows(), processes.cpuSecondsBetween(cpuBefore, cpuAfter),
                    ownBefore.flatMap(b -> ownAfter.map(a -> a.minus(b))));
            return result.approved();
        }
    }

    /** Closes a window every ten seconds of the run and prints it; the last one ends with the last answer. */
    private final class Reporter extends Thread {

        private final LatencyWindows windows;
        private final RateSchedule schedule;
        private final LoadRecords.Ledger ledger;
        private final Object printing = new Object();
        private volatile boolean finished;

        Reporter(LatencyWindows windows, RateSchedule schedule, LoadRecords.Ledger ledger) {
            super("load-reporter");
            setDaemon(true);
            this.windows = windows;
            this.schedule = schedule;
            this.ledger = ledger;
        }

        @Override
        public void run() {
            for (long next = schedule.startNanos() + LatencyWindows.WINDOW_NANOS; schedule.within(next);
                 next += LatencyWindows.WINDOW_NANOS) {
                for (long left = next - System.nanoTime(); left > 0 && !finished; left = next - System.nanoTime()) {
                    LockSupport.parkNanos(left);
                }
                synchronized (printing) {
                    if (finished) {
                        return;
                    }
                    out.println(windows.close(next).line());
                }
                ledger.flush();
            }
        }

        void finish(long end) throws InterruptedException {
            synchronized (printing) {
                finished = true;
                out.println(windows.close(end).line());
            }
            LockSupport.unpark(this);
            join(5_000);
        }
    }

    private void summarise(PosClients.Result r, List<LatencyWindows.Window> windows, Optional<Double> stackCpu,
                           Optional<Duration> ownCpu) {
        LatencyWindows.Window all = LatencyWindows.merged(windows);
        out.printf("%n== Capture: the whole run (%.1f s)%n", all.to() - all.from());
        out.printf("  sent %,d%s%n", r.sent(), r.notSent() > 0 ? String.format("; not sent %,d (due when no client was"
                + " free before the end: the stack fell behind the rate)", r.notSent()) : "");
        r.tally().forEach((operation, byOutcome) -> out.printf("  %-6s approved %,d, declined %,d, errors %,d%n",
                operation, byOutcome.get(PosClients.Outcome.APPROVED), byOutcome.get(PosClients.Outcome.DECLINED),
                byOutcome.get(PosClients.Outcome.ERROR)));
        if (!r.declines().isEmpty()) {
            out.printf("  declines: %s%n", r.declines());
        }
        if (!r.errors().isEmpty()) {
            out.printf("  errors: %s%n", r.errors());
        }
        out.printf("  approved %.1f/s, declined %.1f/s, errors %.1f/s; latency%s p50 %.1f, p90 %.1f, p99 %.1f, max %.1f ms%n",
                all.perSecond(all.approved()), all.perSecond(all.declined()), all.perSecond(all.errors()),
                options.rate() > 0 ? " (from when each send was due)" : "", all.millis(50), all.millis(90),
                all.millis(99), all.maxMillis());
        double span = LatencyWindows.comparedSeconds(windows);
        String spanText = span == 60 ? "minute" : String.format("%.0f s", span);
        LatencyWindows.Window first = LatencyWindows.first(windows, span);
        LatencyWindows.Window last = LatencyWindows.last(windows, span);
        out.printf("  p99 in the first %s %.1f ms, in the last %s %.1f ms (last/first %.2f×); approved/s %.1f → %.1f%n",
                spanText, first.millis(99), spanText, last.millis(99),
                first.millis(99) > 0 ? last.millis(99) / first.millis(99) : 0, first.perSecond(first.approved()),
                last.perSecond(last.approved()));
        long sales = r.tally().get(Operation.SALE).get(PosClients.Outcome.APPROVED);
        out.printf("  stack CPU: %s%n", stackCpu.map(s -> String.format("%.1f s over %d processes for %,d approved"
                + " sales = %.2f ms per approved sale", s, processes.processes().size(), sales,
                sales == 0 ? 0 : s * 1000 / sales)).orElse("not measured (processes not found, or one restarted)"));
        ownCpu.ifPresent(d -> out.printf("  the load generator's own CPU: %.1f s (on the same machine)%n",
                d.toMillis() / 1000.0));
    }

    /**
     * Before the clock moves: this run's transactions reached {@code terminal.transactions.v1} and every consumer of
     * it (settlement) has read it to the end, so the run the jump starts sees them all.
     */
    private void awaitCapturesConsumed(SettlementWatch watch, List<Transaction> approved) {
        out.printf("%n== Settlement%n");
        Progress progress = new Progress(out, Duration.ofSeconds(1), Duration.ofSeconds(10));
        List<String> ids = approved.stream().map(Transaction::transactionId).toList();
        progress.await("this run's approved transactions on " + SettlementWatch.CAPTURED_TOPIC + " (not there yet)",
                () -> watch.notCaptured(ids), n -> n == 0, Duration.ofSeconds(60), Duration.ofMinutes(30));
        progress.await("the consumers of " + SettlementWatch.CAPTURED_TOPIC + " to read it to its end (records behind)",
                () -> TopicScan.consumerLag(StackLayout.BOOTSTRAP, SettlementWatch.CAPTURED_TOPIC), lag -> lag == 0,
                Duration.ofSeconds(120), Duration.ofHours(2));
    }

    /** Phases 3 and 4: the settlement run, the fold, the reconciliation. */
    private boolean settleAndReconcile(SettlementWatch watch, List<LoadMerchant> merchants, List<Transaction> due,
                                       List<Transaction> all, LocalDate today) {
        Progress progress = new Progress(out, Duration.ofSeconds(1), Duration.ofSeconds(10));
        LocalDate last = due.stream().map(t -> LocalDate.parse(t.businessDate())).max(LocalDate::compareTo)
                .orElse(today);
        Set<String> voided = LoadReconciliation.voidedSales(all);
        List<String> toSettle = due.stream().filter(t -> !t.is(Operation.VOID) && !voided.contains(t.transactionId()))
                .map(Transaction::transactionId).toList();
        int partitions = watch.settledPartitions();
        Map<Long, Long> cpuBefore = processes.cpuTicks();

        Instant runAt = Walkthrough.nextWeekdayRunAfter(last);
        out.printf("  moving every service's clock to %s (%s, the first weekday after %s: its settlement run)%n",
                runAt, runAt.atZone(Walkthrough.SHANGHAI).toLocalDateTime(), last);
        long moved = System.nanoTime();
        client.moveClocks(runAt);
        // Today's run works a while before it publishes its first TransactionSettled (85 s for 3,225 sales here):
        // the waits allow for that in proportion, so a long quiet start is not taken for a day without a run.
        Duration quiet = Duration.ofSeconds(120).plusMillis(QUIET_MILLIS_PER_TRANSACTION * toSettle.size());
        if (!started(progress, watch, toSettle, last, moved, quiet)) {
            Instant later = Walkthrough.afterSettlementOf(client.clock("settlement"));
            out.printf("  no run began: a public holiday? Moving the clocks on to %s; the run is timed from there%n",
                    later);
            moved = System.nanoTime();
            client.moveClocks(later);
        }
        long movedAt = moved;
        Map<String, LoadMerchant> bySerial = new LinkedHashMap<>();
        merchants.forEach(m -> bySerial.put(m.serial(), m));
        Fold fold = new Fold(watch, all, bySerial);
        progress.await("settlement of " + last + " (settled of " + toSettle.size() + ", partitions closed of "
                        + partitions + ", deposits agreeing of " + merchants.size() + ")",
                () -> List.of(watch.settledOf(toSettle, movedAt).count(), (long) watch.closedOn(last), fold.agreeing()),
                p -> p.get(1) == partitions, quiet.plusMinutes(3), Duration.ofHours(4));
        SettlementWatch.SettledSoFar run = watch.settledOf(toSettle, movedAt);
        double runSeconds = (run.lastArrivalNanos() - movedAt) / 1e9;
        out.printf("  settlement run: %,d transactions settled in %.1f s after the clock moved = %.1f settled/s (the"
                + " first after %.1f s); %,d of T0 merchants had settled at capture%n", run.countSince(), runSeconds,
                runSeconds > 0 ? run.countSince() / runSeconds : 0, (run.firstArrivalNanos() - movedAt) / 1e9,
                run.count() - run.countSince());
        progress.await("the deposit fold (terminals whose volume agrees, of " + merchants.size() + ")",
                fold::agreeing, n -> n == merchants.size(), Duration.ofMinutes(2), Duration.ofHours(1));
        Optional<Double> cpu = processes.cpuSecondsBetween(cpuBefore, processes.cpuTicks());
        if (fold.agreedAt() == 0) {
            out.printf("  deposit fold: gave up, %d of %d terminals' volumes agree%n", fold.agreeing(), merchants.size());
        } else {
            out.printf("  deposit fold: every terminal's volume agreed %.1f s after the run's last settlement arrived"
                    + " here (%.1f s after the clock moved; polled every second)%n",
                    Math.max(0, fold.agreedAt() - run.lastArrivalNanos()) / 1e9, (fold.agreedAt() - movedAt) / 1e9);
        }
        long inRun = run.countSince();
        cpu.ifPresent(c -> out.printf("  stack CPU from the clock move to the fold: %.1f s = %.2f ms per settled"
                + " transaction%n", c, inRun == 0 ? 0 : c * 1000 / inRun));

        Map<String, LoadReconciliation.Settled> settled = watch.settled();
        Set<String> held = held();
        LoadReconciliation.Figures figures = LoadReconciliation.of(due, all, settled, held, bySerial, counted(merchants));
        boolean reconciled = LoadReconciliation.report(figures, out);
        Set<String> settledOrHeldOrVoided = new HashSet<>(settled.keySet());
        settledOrHeldOrVoided.addAll(held);
        settledOrHeldOrVoided.addAll(voided);
        records.unsettled(due.stream().filter(t -> !t.is(Operation.VOID)
                && !settledOrHeldOrVoided.contains(t.transactionId())).toList());
        return reconciled;
    }

    /**
     * Whether the run began within {@code quiet} of the jump: one of the transactions settled, or the date closed on
     * a partition (a day of T0 sales only settles nothing in the run). Settlement reads the clock every second or so.
     */
    private static boolean started(Progress progress, SettlementWatch watch, List<String> toSettle, LocalDate last,
                                   long moved, Duration quiet) {
        List<Long> seen = progress.await("the run to start (settled since the jump, partitions that closed " + last
                        + ")", () -> List.of(watch.settledOf(toSettle, moved).countSince(), (long) watch.closedOn(last)),
                p -> p.get(0) > 0 || p.get(1) > 0, quiet, quiet);
        return seen.get(0) > 0 || seen.get(1) > 0;
    }

    /**
     * Earlier runs' sales a REFUND may go back to (T5): settled — captured before today and not left unsettled —
     * and not voided, held or refunded already; on this run's terminals; shuffled by the seed, at most {@code most}.
     */
    static List<Transaction> refundable(List<Transaction> history, List<Transaction> unsettled, Set<String> held,
                                        List<LoadMerchant> merchants, LocalDate today, Random random, int most) {
        Set<String> serials = merchants.stream().map(LoadMerchant::serial).collect(Collectors.toSet());
        Set<String> excluded = new HashSet<>(held);
        excluded.addAll(LoadReconciliation.voidedSales(history));
        unsettled.forEach(t -> excluded.add(t.transactionId()));
        history.stream().filter(t -> t.is(Operation.REFUND)).forEach(t -> excluded.add(t.originalTransactionId()));
        List<Transaction> candidates = new ArrayList<>(history.stream()
                .filter(t -> t.is(Operation.SALE) && serials.contains(t.serialNumber())
                        && LocalDate.parse(t.businessDate()).isBefore(today) && !excluded.contains(t.transactionId()))
                .toList());
        Collections.shuffle(candidates, random);
        return candidates.subList(0, Math.min(most, candidates.size()));
    }

    /** What settlement holds: clearing discrepancies HELD (S8), risk holds open or rejected (S7). */
    private Set<String> held() {
        Set<String> held = new HashSet<>();
        client.get("settlement", "/api/v1/ops/clearing/discrepancies").body().forEach(d -> {
            if ("HELD".equals(d.path("status").asText())) {
                held.add(d.path("transactionId").asText());
            }
        });
        client.get("settlement", "/api/v1/ops/risk-holds").body().forEach(h -> {
            String status = h.path("status").asText();
            if (status.equals("OPEN") || status.equals("REJECTED")) {
                held.add(h.path("transactionId").asText());
            }
        });
        return held;
    }

    /** deposit-service's ops view of every deposit's counted volume (one call): serial → volume and count. */
    private Map<String, Sum> depositVolumes() {
        Map<String, Sum> volumes = new HashMap<>();
        for (JsonNode v : client.get("deposit", "/api/v1/ops/deposit-projection/volumes").body()) {
            volumes.put(v.path("serialNumber").asText(),
                    new Sum(v.path("transactionCount").asLong(), v.path("qualifyingVolumeFen").asLong()));
        }
        return volumes;
    }

    /**
     * The deposit fold as deposit-service shows it ({@code /api/v1/ops/deposit-projection/volumes}, one call) against
     * what the approved transactions add up to; notes when every terminal first agrees.
     */
    private final class Fold {

        private final SettlementWatch watch;
        private final List<Transaction> all;
        private final Map<String, LoadMerchant> bySerial;
        private Set<String> heldFor;
        private Map<String, Sum> expected;
        private long agreedAt;

        Fold(SettlementWatch watch, List<Transaction> all, Map<String, LoadMerchant> bySerial) {
            this.watch = watch;
            this.all = all;
            this.bySerial = bySerial;
        }

        /** How many terminals' counted volume is what their transactions add up to, now. */
        long agreeing() {
            Set<String> held = held();
            held.removeIf(watch::isSettled);
            if (!held.equals(heldFor)) {
                expected = LoadReconciliation.expectedVolumes(all, held, bySerial);
                heldFor = held;
            }
            Map<String, Sum> volumes = depositVolumes();
            long agreeing = bySerial.keySet().stream()
                    .filter(s -> expected.getOrDefault(s, Sum.ZERO).equals(volumes.get(s))).count();
            if (agreeing == bySerial.size() && agreedAt == 0) {
                agreedAt = System.nanoTime();
            }
            return agreeing;
        }

        /** When every terminal first agreed ({@link System#nanoTime()}), or 0. */
        long agreedAt() {
            return agreedAt;
        }
    }

    /** Each terminal's deposit as the merchant sees it ({@code GET /api/v1/deposits/{sn}}, D6). */
    private Map<String, Counted> counted(List<LoadMerchant> merchants) {
        Map<String, Counted> counted = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(DEPOSIT_READERS);
        try {
            merchants.forEach(m -> pool.submit(() -> {
                JsonNode d = client.get("deposit", "/api/v1/deposits/" + m.serial()).body();
                counted.put(m.serial(), new Counted(new Sum(d.path("transactionCount").asLong(-1),
                        d.path("qualifyingVolumeFen").asLong(-1)), d.path("status").asText("(none)")));
            }));
        } finally {
            pool.shutdown();
        }
        try {
            if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("Reading the deposits took over 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        return counted;
    }
}
