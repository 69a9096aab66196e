package io.posflow.benchmark;

import io.posflow.contracts.BusinessDay;
import io.posflow.benchmark.DepositRules.TerminalVolume;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.settlement.DepositCollected;
import io.posflow.contracts.settlement.TransactionSettled;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.contracts.terminal.Wallet;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The benchmark's data, generated deterministically from a seed: one DepositCollected per terminal, then a
 * stream of TransactionSettled (mostly SALEs, about 2 % REFUNDs, card and QR, S1 fees, T1 and some T0,
 * about 1 % captured outside the deposit window, about 0.5 % exact duplicates re-sent with the same
 * transactionId and ce_id). Ticket sizes vary per terminal (log-normal) so that roughly 5–15 % of the
 * terminals reach the target. The expected volume of every terminal is folded with {@link DepositRules}
 * in the order the records are produced, which is each key's order on its partition.
 */
final class Workload {

    /** The deposits are swiped a few days before this instant; every window lies in the past. */
    static final Instant T0 = Instant.parse("2026-09-01T02:00:00Z");
    private static final double DUPLICATE_SHARE = 0.005;
    private static final double REFUND_SHARE = 0.02;
    private static final double OUTSIDE_WINDOW_SHARE = 0.01;
    private static final long MAX_TICKET_FEN = 5_000_000L;

    /** A record to produce: the event and the CloudEvents id and time it travels with. */
    record Settlement(String ceId, Instant ceTime, TransactionSettled event) {
    }

    private final long seed;
    private final int terminals;
    private final long events;
    private final String[] serials;
    private final String[] merchants;
    private final DeviceModel[] models;
    private final Instant[] depositAt;
    private final double[] ticketMeanFen;

    Workload(long seed, int terminals, long events) {
        if (terminals < 1 || terminals > 999_999 || events < 0) {
            throw new IllegalArgumentException("1..999999 terminals and a non-negative number of events");
        }
        this.seed = seed;
        this.terminals = terminals;
        this.events = events;
        this.serials = new String[terminals];
        this.merchants = new String[terminals];
        this.models = new DeviceModel[terminals];
        this.depositAt = new Instant[terminals];
        this.ticketMeanFen = new double[terminals];
        Random random = new Random(seed);
        // A fifth of the target per terminal's average number of transactions: the median terminal reaches
        // about 20 % of it, and the log-normal spread lets the biggest tickets reach the target.
        double baseTicket = DepositRules.TARGET_FEN / (5.0 * Math.max(1.0, (double) events / terminals));
        for (int i = 0; i < terminals; i++) {
            serials[i] = serialOf(i);
            merchants[i] = String.format("898100%09d", i / 2 + 1);
            models[i] = random.nextDouble() < 0.7 ? DeviceModel.ESIGN : DeviceModel.SMART;
            depositAt[i] = T0.minus(Duration.ofSeconds(86_400L + random.nextInt(4 * 86_400)));
            ticketMeanFen[i] = baseTicket * Math.exp(1.1 * random.nextGaussian());
        }
    }

    static String serialOf(int index) {
        return String.format("SNBENCH%06d", index + 1);
    }

    int terminals() {
        return terminals;
    }

    long events() {
        return events;
    }

    String serial(int index) {
        return serials[index];
    }

    Instant depositCapturedAt(int index) {
        return depositAt[index];
    }

    List<DepositCollected> deposits() {
        List<DepositCollected> deposits = new ArrayList<>(terminals);
        for (int i = 0; i < terminals; i++) {
            deposits.add(new DepositCollected("DEP" + serials[i], serials[i], merchants[i], models[i],
                    models[i] == DeviceModel.ESIGN ? 9_900 : 29_900, depositAt[i]));
        }
        return deposits;
    }

    /**
     * Emits the TransactionSettled records in production order and returns every terminal's expected
     * deposit state. New records have unique transaction ids, so only the re-sent duplicates are repeats,
     * and they are left out of the fold (D5).
     */
    Map<String, TerminalVolume> settlements(Consumer<Settlement> sink) {
        Random random = new Random(seed * 31 + 7);
        TerminalVolume[] volumes = new TerminalVolume[terminals];
        String[] lastSale = new String[terminals];
        long[] lastSaleFen = new long[terminals];
        for (int i = 0; i < terminals; i++) {
            volumes[i] = TerminalVolume.opened(depositAt[i]);
        }
        Settlement[] recent = new Settlement[1024];
        long sequence = 0;
        for (long n = 0; n < events; n++) {
            if (sequence > recent.length && random.nextDouble() < DUPLICATE_SHARE) {
                sink.accept(recent[random.nextInt(recent.length)]);
                continue;
            }
            int t = random.nextInt(terminals);
            String transactionId = String.format("TXB%012d", ++sequence);
            Instant capturedAt = capturedAt(random, t);
            boolean refund = lastSale[t] != null && random.nextDouble() < REFUND_SHARE;
            long amount = refund
                    ? -(1 + (long) (random.nextDouble() * lastSaleFen[t]))
                    : Math.min(MAX_TICKET_FEN, 100 + (long) (-Math.log(1 - random.nextDouble()) * ticketMeanFen[t]));
            TransactionSettled event = settled(random, t, transactionId, refund, amount, capturedAt,
                    refund ? lastSale[t] : null);
            if (!refund) {
                lastSale[t] = transactionId;
                lastSaleFen[t] = amount;
            }
            volumes[t] = volumes[t].add(amount, capturedAt.toEpochMilli());
            Settlement settlement = new Settlement(uuid(random), capturedAt.plus(Duration.ofHours(20)), event);
            recent[(int) (sequence % recent.length)] = settlement;
            sink.accept(settlement);
        }
        Map<String, TerminalVolume> expected = new LinkedHashMap<>();
        for (int i = 0; i < terminals; i++) {
            expected.put(serials[i], volumes[i]);
        }
        return expected;
    }

    private Instant capturedAt(Random random, int t) {
        double where = random.nextDouble();
        Instant start = depositAt[t];
        if (where < OUTSIDE_WINDOW_SHARE / 2) {
            return start.minusSeconds(1 + random.nextInt(2 * 86_400));
        }
        if (where < OUTSIDE_WINDOW_SHARE) {
            return start.plus(DepositRules.WINDOW).plusSeconds(random.nextInt(10 * 86_400));
        }
        return start.plusSeconds(60 + (long) (random.nextDouble() * (DepositRules.WINDOW.toSeconds() - 120)));
    }

    /** A settled SALE or REFUND with S1 fees (rounded half-up on the absolute amount) and, for T0, S3's surcharge. */
    TransactionSettled settled(Random random, int t, String transactionId, boolean refund, long amount,
                               Instant capturedAt, String originalTransactionId) {
        boolean card = random.nextDouble() < 0.6;
        CardType cardType = null;
        Wallet wallet = null;
        long abs = Math.abs(amount);
        long feeBps;
        long cap = Long.MAX_VALUE;
        if (card) {
            double c = random.nextDouble();
            cardType = c < 0.5 ? CardType.CREDIT : c < 0.9 ? CardType.DEBIT : CardType.OVERSEAS;
            feeBps = switch (cardType) {
                case CREDIT -> 60;
                case DEBIT -> 50;
                case OVERSEAS -> 100;
            };
            if (cardType == CardType.DEBIT) {
                cap = 2_000;
            }
        } else {
            double w = random.nextDouble();
            wallet = w < 0.45 ? Wallet.WECHAT : w < 0.9 ? Wallet.ALIPAY : Wallet.UNIONPAY;
            feeBps = wallet == Wallet.UNIONPAY && abs > 100_000 ? 60 : 38;
        }
        SettlementSpeed speed = random.nextDouble() < 0.1 ? SettlementSpeed.T0 : SettlementSpeed.T1;
        long sign = amount < 0 ? -1 : 1;
        long fee = sign * Math.min(cap, halfUp(abs * feeBps));
        long surcharge = speed == SettlementSpeed.T0 ? sign * halfUp(abs * 5) : 0;
        LocalDate businessDate = BusinessDay.SHANGHAI.dateOf(capturedAt);
        LocalDate settlementDate = speed == SettlementSpeed.T0 ? businessDate : nextWorkingDay(businessDate);
        return new TransactionSettled(transactionId, serials[t], merchants[t],
                refund ? TransactionType.REFUND : TransactionType.SALE,
                card ? PaymentChannel.CARD : PaymentChannel.QR, cardType, wallet, amount, fee, surcharge,
                amount - fee - surcharge, capturedAt, businessDate, settlementDate, speed, originalTransactionId);
    }

    private static long halfUp(long fenTimesBps) {
        return (fenTimesBps + 5_000) / 10_000;
    }

    private static LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    static String uuid(Random random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
