package io.posflow.localstack;

import io.posflow.localstack.LoadRecords.LoadMerchant;
import io.posflow.localstack.LoadRecords.Transaction;
import io.posflow.localstack.SaleMix.Operation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reconciliation of {@code ./posflow load}, to the fen. Every SALE answered APPROVED is exactly one of: settled
 * once (one TransactionSettled event of its amount on {@code settlement.transactions.v1}), held by settlement (S7,
 * S8: listed by its ops REST, not settled), voided (T5: never settled) or pending (none once the run settled
 * everything), so the approved sales equal settled + held + voided + pending in count and in fen; every REFUND
 * answered APPROVED the same, with a negative settled amount. And each terminal's deposit volume is what its
 * approved transactions add up to under D2: sales not voided and not held, less refunds not held, captured inside
 * the deposit's window, over every run on the data folder.
 *
 * <p>A T0 merchant's transaction settles at capture (S3), before any clearing file exists: when the day's file then
 * misses it, settlement lists it as held (S8) though it settled already. It counts as settled (and towards the
 * deposit); the report says how many there were.
 */
final class LoadReconciliation {

    /** A transaction's settlement as the topic shows it; more than one distinct event id is a second settlement. */
    record Settled(String serialNumber, long amountFen, Set<String> eventIds, long arrivedNanos) {
    }

    /** A count and its amount in fen. */
    record Sum(long count, long fen) {

        static final Sum ZERO = new Sum(0, 0);

        Sum plus(long amountFen) {
            return new Sum(count + 1, fen + amountFen);
        }

        Sum plus(Sum other) {
            return new Sum(count + other.count, fen + other.fen);
        }
    }

    /** What deposit-service counts for a terminal (volume and number of transactions), and its deposit's status. */
    record Counted(Sum volume, String status) {
    }

    /** One terminal's deposit: what its approved transactions add up to (D2) against what deposit-service counts. */
    record DepositCheck(String serialNumber, Sum expected, Sum counted, String status) {

        boolean agrees() {
            return expected.equals(counted);
        }
    }

    enum Bucket { SETTLED, HELD, VOIDED, PENDING }

    /** Where the approved transactions of one type ended up. */
    record Buckets(Sum approved, Sum settled, Sum held, Sum voided, Sum pending) {

        static final Buckets NONE = new Buckets(Sum.ZERO, Sum.ZERO, Sum.ZERO, Sum.ZERO, Sum.ZERO);

        Buckets plus(Bucket bucket, long fen) {
            return new Buckets(approved.plus(fen),
                    bucket == Bucket.SETTLED ? settled.plus(fen) : settled,
                    bucket == Bucket.HELD ? held.plus(fen) : held,
                    bucket == Bucket.VOIDED ? voided.plus(fen) : voided,
                    bucket == Bucket.PENDING ? pending.plus(fen) : pending);
        }

        /** Each approved transaction is in exactly one bucket; the arithmetic is checked anyway. */
        boolean addsUp() {
            return approved.equals(settled.plus(held).plus(voided).plus(pending));
        }
    }

    record Figures(Buckets sales, Buckets refunds, List<String> settledTwice, List<String> amountDiffers,
                   List<String> settledThoughVoided, List<String> settledThenHeld, List<String> settledWithoutApproval,
                   List<DepositCheck> deposits) {

        List<String> failures() {
            List<String> failures = new ArrayList<>();
            long pending = sales.pending().count() + refunds.pending().count();
            if (pending > 0) {
                failures.add(pending + " approved transactions not settled");
            }
            if (!sales.addsUp() || !refunds.addsUp()) {
                failures.add("the buckets do not add up to the approved transactions");
            }
            add(failures, settledTwice, "settled more than once");
            add(failures, amountDiffers, "settled with another amount than approved");
            add(failures, settledThoughVoided, "settled though voided");
            add(failures, settledWithoutApproval, "settled on this run's terminals without an APPROVED answer");
            long disagreeing = deposits.stream().filter(d -> !d.agrees()).count();
            if (disagreeing > 0) {
                failures.add(disagreeing + " deposit volumes disagree");
            }
            return failures;
        }

        private static void add(List<String> failures, List<String> ids, String what) {
            if (!ids.isEmpty()) {
                failures.add(ids.size() + " " + what);
            }
        }
    }

    private static final int LISTED = 10;

    private LoadReconciliation() {
    }

    /**
     * @param due        the approved transactions to account for: this run's and those earlier runs left unsettled
     * @param all        every approved transaction on the data folder, this run's included (for voids and deposits)
     * @param settled    TransactionSettled by transaction id, as read since this run started
     * @param held       the transactions settlement holds (S7 open or rejected, S8 held)
     * @param merchants  this run's terminals by serial number
     * @param counted    each terminal's counted volume and count, and its deposit's status, by serial number
     */
    static Figures of(List<Transaction> due, List<Transaction> all, Map<String, Settled> settled, Set<String> held,
                      Map<String, LoadMerchant> merchants, Map<String, Counted> counted) {
        Set<String> voided = voidedSales(all);
        Set<String> known = new HashSet<>();
        all.forEach(t -> known.add(t.transactionId()));
        List<String> twice = new ArrayList<>();
        List<String> differs = new ArrayList<>();
        List<String> voidedButSettled = new ArrayList<>();
        List<String> settledThenHeld = new ArrayList<>();
        Buckets sales = Buckets.NONE;
        Buckets refunds = Buckets.NONE;
        for (Transaction t : due) {
            if (t.is(Operation.VOID)) {
                continue; // accounted for with its sale
            }
            boolean isVoided = t.is(Operation.SALE) && voided.contains(t.transactionId());
            Settled s = settled.get(t.transactionId());
            if (s != null) {
                if (s.eventIds().size() > 1) {
                    twice.add(t.transactionId());
                }
                long signed = t.is(Operation.REFUND) ? -t.amountFen() : t.amountFen();
                if (s.amountFen() != signed) {
                    differs.add(t.transactionId() + " (" + signed + " approved, " + s.amountFen() + " settled)");
                }
                if (isVoided) {
                    voidedButSettled.add(t.transactionId());
                }
                if (held.contains(t.transactionId())) {
                    settledThenHeld.add(t.transactionId());
                }
            }
            Bucket bucket = isVoided ? Bucket.VOIDED : s != null ? Bucket.SETTLED
                    : held.contains(t.transactionId()) ? Bucket.HELD : Bucket.PENDING;
            if (t.is(Operation.SALE)) {
                sales = sales.plus(bucket, t.amountFen());
            } else {
                refunds = refunds.plus(bucket, t.amountFen());
            }
        }
        List<String> unknown = new ArrayList<>();
        settled.forEach((id, s) -> {
            if (merchants.containsKey(s.serialNumber()) && !known.contains(id)) {
                unknown.add(id);
            }
        });
        Set<String> heldUnsettled = new HashSet<>(held);
        heldUnsettled.removeAll(settled.keySet());
        Map<String, Sum> expected = expectedVolumes(all, heldUnsettled, merchants);
        List<DepositCheck> deposits = new ArrayList<>();
        merchants.keySet().forEach(serial -> {
            Counted c = counted.get(serial);
            deposits.add(new DepositCheck(serial, expected.getOrDefault(serial, Sum.ZERO),
                    c == null ? new Sum(-1, -1) : c.volume(), c == null ? "(none)" : c.status()));
        });
        return new Figures(sales, refunds, twice, differs, voidedButSettled, settledThenHeld, unknown, deposits);
    }

    /**
     * D2 over every approved transaction on record: each terminal's sales not voided and not held, less its refunds
     * not held, captured inside its deposit's window — what deposit-service should count once all has settled. A
     * hold keeps only a T1 transaction from settling: a T0 one settled at capture, before it was found.
     */
    static Map<String, Sum> expectedVolumes(Collection<Transaction> all, Set<String> held,
                                            Map<String, LoadMerchant> merchants) {
        Set<String> voided = voidedSales(all);
        Map<String, Sum> volumes = new LinkedHashMap<>();
        for (Transaction t : all) {
            LoadMerchant m = merchants.get(t.serialNumber());
            if (m == null || t.is(Operation.VOID) || held.contains(t.transactionId()) && !m.speed().equals("T0")
                    || voided.contains(t.transactionId()) || !m.inWindow(t.capturedAt())) {
                continue;
            }
            long signed = t.is(Operation.REFUND) ? -t.amountFen() : t.amountFen();
            volumes.merge(t.serialNumber(), Sum.ZERO.plus(signed), Sum::plus);
        }
        return volumes;
    }

    /** The sales an approved VOID cancelled (T5). */
    static Set<String> voidedSales(Collection<Transaction> all) {
        Set<String> voided = new HashSet<>();
        all.stream().filter(t -> t.is(Operation.VOID)).forEach(t -> voided.add(t.originalTransactionId()));
        return voided;
    }

    /** Prints the figures; returns whether everything reconciles. */
    static boolean report(Figures f, PrintStream out) {
        out.printf("%n== Reconciliation (to the fen)%n");
        print("SALEs  ", f.sales(), out);
        print("REFUNDs", f.refunds(), out);
        list("settled more than once", f.settledTwice(), out);
        list("settled with another amount", f.amountDiffers(), out);
        list("settled though voided", f.settledThoughVoided(), out);
        if (!f.settledThenHeld().isEmpty()) {
            out.printf("  settled at capture (T0), then listed as held when the clearing file missed them (S8): %d%n",
                    f.settledThenHeld().size());
        }
        list("settled without an APPROVED answer", f.settledWithoutApproval(), out);
        List<DepositCheck> deposits = f.deposits();
        long agreeing = deposits.stream().filter(DepositCheck::agrees).count();
        Sum expected = deposits.stream().map(DepositCheck::expected).reduce(Sum.ZERO, Sum::plus);
        out.printf("  deposit volumes (GET /api/v1/deposits/{sn}; D2, every run on this data folder): %d of %d terminals"
                + " agree; expected %,d transactions %s yuan in all%n", agreeing, deposits.size(), expected.count(),
                yuan(expected.fen()));
        Map<String, Long> statuses = new LinkedHashMap<>();
        deposits.forEach(d -> statuses.merge(d.status(), 1L, Long::sum));
        out.printf("  deposit status: %s%n", statuses);
        deposits.stream().filter(d -> !d.agrees()).limit(LISTED).forEach(d -> out.printf(
                "    %s: expected %d / %s yuan, counted %d / %s yuan (%s)%n", d.serialNumber(), d.expected().count(),
                yuan(d.expected().fen()), d.counted().count(), yuan(d.counted().fen()), d.status()));
        List<String> failures = f.failures();
        out.printf("%n%s%n", failures.isEmpty()
                ? "RECONCILED: every approved sale settled once, held or voided, every refund settled once or held,"
                + " every deposit volume as its sales add up"
                : "NOT RECONCILED: " + String.join("; ", failures));
        return failures.isEmpty();
    }

    private static void print(String what, Buckets b, PrintStream out) {
        out.printf("  %s approved %s = settled once %s + held %s + voided %s + pending %s%s%n", what,
                sum(b.approved()), sum(b.settled()), sum(b.held()), sum(b.voided()), sum(b.pending()),
                b.addsUp() ? "" : "  (DOES NOT ADD UP)");
    }

    private static String sum(Sum s) {
        return String.format("%,d (%s yuan)", s.count(), yuan(s.fen()));
    }

    static String yuan(long fen) {
        return String.format("%s%,d.%02d", fen < 0 ? "-" : "", Math.abs(fen) / 100, Math.abs(fen) % 100);
    }

    private static void list(String what, List<String> ids, PrintStream out) {
        if (ids.isEmpty()) {
            return;
        }
        out.printf("  %s: %d%n", what, ids.size());
        ids.stream().limit(LISTED).forEach(id -> out.printf("    %s%n", id));
    }
}
