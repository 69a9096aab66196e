package io.posflow.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code ./posflow chaos} (issue 12, "Done when"): starts the local stack on a fresh data directory, onboards
 * merchants through REST, has POS devices capture sales while each of the six processes is killed with
 * {@code kill -9} and restarted, then moves the clocks past the settlement run and checks that every sale
 * answered APPROVED is on the topic, settled once and counted in its deposit volume. Exit code 0 when all
 * reconciles, 1 when not (or the run failed), 2 on a usage error.
 */
final class Chaos {

    /** The marker that makes a data directory this command's own, so that it may delete it at the next run. */
    private static final String MARKER = ".posflow-chaos";
    private static final Duration STEP_DEADLINE = Duration.ofSeconds(180);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration DRAIN = Duration.ofSeconds(180);
    /** Load after the last restart, so the last process to come back also takes work before the stop. */
    private static final Duration AFTER_LAST_RESTART = Duration.ofSeconds(10);

    record Options(int merchants, int clients, int seconds, long seed, Path dataDir, boolean allowNonDurable) {

        static Options parse(String[] args, Path root) {
            Flags flags = Flags.parse(args, Set.of("--merchants", "--clients", "--seconds", "--seed", "--data-dir"),
                    Set.of("--allow-non-durable"));
            return new Options(flags.positive("--merchants", 12), flags.positive("--clients", 8),
                    flags.positive("--seconds", 120), flags.seed(),
                    flags.path("--data-dir").orElse(root.resolve("data-chaos")), flags.has("--allow-non-durable"));
        }
    }

    private final Options options;
    private final PrintStream out = System.out;
    private final LocalStack stack;
    private final Walkthrough walk;

    private Chaos(Options options) {
        this.options = options;
        this.stack = new LocalStack(new StackLayout(StackLayout.discover().root(), options.dataDir()), true);
        this.walk = new Walkthrough(new StackClient(), Walkthrough.Waiter.polling(STEP_DEADLINE, POLL));
    }

    static int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args, StackLayout.discover().root());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: ./posflow chaos [--merchants N (12)] [--clients N (8)] [--seconds N (120)]"
                    + " [--seed S] [--data-dir PATH (data-chaos/, deleted first)] [--allow-non-durable]");
            return 2;
        }
        try {
            freshDataDir(options.dataDir());
            refuseARunningStack();
            return new Chaos(options).run() ? 0 : 1;
        } catch (Exception e) {
            System.err.printf("%nThe chaos run failed: %s%n", e);
            e.printStackTrace();
            return 1;
        }
    }

    private boolean run() throws Exception {
        out.printf("posflow chaos: %d merchants, %d POS devices, %d s of captures, seed %d, data in %s%n",
                options.merchants(), Math.min(options.clients(), options.merchants()), options.seconds(),
                options.seed(), options.dataDir());
        Thread hook = new Thread(stack::stopAll, "chaos-shutdown");
        Runtime.getRuntime().addShutdownHook(hook); // Ctrl-C never leaves a child process behind
        try {
            stack.start();
            List<String> notDurable = printDurability();
            if (!notDurable.isEmpty() && !options.allowNonDurable()) {
                out.printf("%nRefused: %s did not report a database durable at commit (/actuator/info durability;"
                        + " a stale jar?), so a kill can lose what it acknowledged and the figures would say nothing."
                        + " Rebuild, or pass --allow-non-durable.%n", String.join(", ", notDurable));
                return false;
            }
            Map<Walkthrough.Merchant, String> merchants = onboard();
            List<ChaosDevices.Sale> sales = captureUnderKills(new ArrayList<>(merchants.keySet()));
            ChaosReconciliation reconciliation = new ChaosReconciliation(walk, StackLayout.BOOTSTRAP, merchants, sales);

            out.printf("%n== Settlement%n");
            reconciliation.awaitCapturesConsumed(out);
            Instant run = Walkthrough.afterSettlementOf(walk.now());
            out.printf("  moving every service's clock to %s (past the next business day's run)%n", run);
            walk.moveClocks(run);
            reconciliation.awaitSettled(out);
            boolean reconciled = reconciliation.report(out);
            out.printf("%nLogs of every process (each restart marked): %s%n", options.dataDir().resolve("logs"));
            return reconciled;
        } finally {
            stack.stopAll();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running already
            }
        }
    }

    /**
     * Each service reads its database's durability back at start-up (issue 12): a run prints what it ran with,
     * and returns the services that do not say their commits are durable.
     */
    private List<String> printDurability() {
        List<String> notDurable = new ArrayList<>();
        new StackClient().durability().forEach((service, durability) -> {
            out.printf("  %-10s durability: %s%n", service, durability.isMissingNode() ? "(not reported)" : durability);
            if (!durability.path("durable").asBoolean(false)) {
                notDurable.add(service);
            }
        });
        return notDurable;
    }

    /**
     * Onboards the merchants a few at a time, each all the way to a HELD deposit (apply, approval, SMS code,
     * activation, deposit swipe); every other one is settled T0 (at capture, S3), so settlement and
     * deposit-service also have work in flight while they are killed, the others T1 (in the next run).
     */
    private Map<Walkthrough.Merchant, String> onboard() throws Exception {
        out.printf("%n== Onboarding %d merchants%n", options.merchants());
        List<String> speeds = new ArrayList<>();
        for (int i = 0; i < options.merchants(); i++) {
            speeds.add(i % 2 == 0 ? "T1" : "T0");
        }
        Map<Walkthrough.Merchant, String> merchants = new LinkedHashMap<>();
        MerchantWave.Result wave = new MerchantWave(walk, 3, out).open(speeds, o -> {
            merchants.put(o.merchant(), o.speed());
            out.printf("  terminal %s (merchant %s, %s) active, deposit HELD%n", o.merchant().serialNumber(),
                    o.merchant().merchantNo(), o.speed());
        });
        if (!wave.failures().isEmpty()) {
            throw new IllegalStateException(wave.failures().size() + " merchants could not be onboarded, the first: "
                    + wave.failures().get(0));
        }
        out.printf("  %d merchants onboarded in %.1f s%n", merchants.size(), wave.took().toMillis() / 1000.0);
        return merchants;
    }

    /**
     * The devices sell for at least {@code --seconds}; meanwhile each process is killed once. Selling goes on
     * until the last one is back and has taken work for a few seconds, then the devices finish their sale in
     * flight.
     */
    private List<ChaosDevices.Sale> captureUnderKills(List<Walkthrough.Merchant> merchants) throws Exception {
        ChaosDevices devices = new ChaosDevices(new StackClient(), merchants, options.clients(), options.seed());
        out.printf("%n== Capturing on %d devices while each process is killed (seed %d)%n", devices.devices(),
                options.seed());
        Instant began = Instant.now();
        devices.start();
        List<ChaosMonkey.Kill> kills;
        try {
            kills = new ChaosMonkey(stack, options.seed())
                    .run(began, Duration.ofSeconds(options.seconds()), devices::approvedSoFar, out);
            Instant until = Stream.of(began.plusSeconds(options.seconds()), Instant.now().plus(AFTER_LAST_RESTART))
                    .max(Comparator.naturalOrder()).orElseThrow();
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), until).toMillis()));
        } finally {
            devices.stop(DRAIN);
        }
        out.printf("  devices stopped after %.1f s: %d approved, %d answered after a retry%n", seconds(began),
                devices.approvedSoFar(), devices.retriedSoFar());
        out.printf("%n== Kills%n  %-10s %8s %8s %10s %8s %9s%n", "process", "pid", "at", "restart", "new pid",
                "approved");
        for (ChaosMonkey.Kill k : kills) {
            out.printf("  %-10s %8d %6.1f s %8.1f s %8d %9d%n", k.process(), k.pid(), k.atSeconds(),
                    k.restart().toMillis() / 1000.0, k.newPid(), k.approvedBefore());
        }
        return devices.sales();
    }

    /**
     * A fresh data directory every run, so figures never mix with an earlier run's and a developer's
     * {@code data/} is never touched: the directory must be new or empty, or one this command made (marked).
     */
    private static void freshDataDir(Path dataDir) throws IOException {
        if (Files.isDirectory(dataDir)) {
            boolean ours = Files.exists(dataDir.resolve(MARKER));
            try (Stream<Path> entries = Files.list(dataDir)) {
                if (!ours && entries.findAny().isPresent()) {
                    throw new IllegalStateException(dataDir + " is not empty and not an earlier chaos run's: "
                            + "choose another --data-dir");
                }
            }
            try (Stream<Path> tree = Files.walk(dataDir)) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve(MARKER), "Made by ./posflow chaos; deleted by its next run.\n");
    }

    /** The stack's ports are fixed: a running {@code ./posflow run} would answer in place of this run's. */
    private static void refuseARunningStack() {
        List<Integer> ports = new ArrayList<>(List.of(9092, 9093));
        StackLayout.SERVICES.forEach(s -> ports.add(s.port()));
        for (int port : ports) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                throw new IllegalStateException("Port " + port + " is in use: stop the running stack first");
            } catch (IOException free) {
                // nothing listens: good
            }
        }
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }
}
