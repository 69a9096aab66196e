package io.posflow.deposit.readmodel.state.volume;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.settlement.DepositCollected;
import io.posflow.contracts.settlement.SettlementDayClosed;
import io.posflow.contracts.settlement.TransactionSettled;
import io.posflow.deposit.readmodel.state.volume.VolumeStore.Counted;
import io.posflow.deposit.readmodel.state.volume.VolumeStore.CountedTransaction;
import io.posflow.deposit.readmodel.state.volume.VolumeStore.Sum;
import io.posflow.deposit.readmodel.state.volume.VolumeStore.Volume;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deposit projection's fold of settlement.transactions.v1 (D1, D2, D4, D5), shared by the live consumer
 * and the rebuild. Records are applied in order, in the caller's database transaction; runs of
 * TransactionSettled between two other events are folded together with a handful of batched statements.
 *
 * <p>A settled SALE or REFUND counts towards the deposit its terminal holds (its own, or the one that moved to
 * it, T8) when it qualifies under the deposit's terms, was captured inside the window, was not counted before
 * (dedup by transaction id per deposit) and settlement had not yet closed the window end's business date on
 * the partition it was read from. That last rule makes the fold depend only on each partition's order, never on
 * how partitions interleave, so a rebuild comes out the same (D5); it is also D4's "a hold released after the
 * deposit closed is reported, not counted". A settlement for a serial no deposit is known for waits, in order,
 * until one is.
 */
public final class VolumeFold {

    /** What a fold does beyond its tables: the live projection drives the Deposit; a rebuild does nothing. */
    public interface Effects {

        /** DepositCollected: the Deposit must exist (with its terms) when this returns. */
        void depositCollected(DepositCollected collected);

        /** SettlementDayClosed seen on {@code partition}; true when this completed the date on every partition. */
        boolean dayClosed(int partition, LocalDate businessDate);

        /** The windows of {@code depositIds} closed with {@code businessDate}: their volume is final (D4). */
        void windowsClosed(LocalDate businessDate, List<String> depositIds);

        /** {@code depositId}'s volume reached its target (D2), reported once per deposit. */
        void targetReached(String depositId, long qualifyingVolumeFen);

        /** How one settled transaction was taken, for metrics. */
        void counted(Outcome outcome);
    }

    public enum Outcome { COUNTED, DUPLICATE, OUTSIDE_WINDOW, NOT_QUALIFYING, AFTER_CLOSE, WAITING }

    /** A record read from the topic, already parsed. */
    public record Item(int partition, IntegrationEvent event) {
    }

    private static final int CACHE_SIZE = 200_000;

    private final VolumeStore store;
    private final Effects effects;
    /** Per partition: the latest business date whose SettlementDayClosed was read there. */
    private final Map<Integer, LocalDate> closedThrough;
    private final Set<String> waitingSerials;
    private final BusinessDay businessDay;
    /** Serial → deposit id, known ones only: a deposit's serials and terms never change once known. */
    private final Map<String, String> depositOf = lru();
    private final Map<String, DepositTerms> terms = lru();

    VolumeFold(VolumeStore store, Effects effects, Map<Integer, LocalDate> closedThrough, Set<String> waitingSerials,
               BusinessDay businessDay) {
        this.businessDay = businessDay;
        this.store = store;
        this.effects = effects;
        this.closedThrough = new HashMap<>(closedThrough);
        this.waitingSerials = new HashSet<>(waitingSerials);
    }

    /** Applies {@code items} in order. */
    public void apply(List<Item> items) {
        List<SettledTransaction> run = new ArrayList<>();
        for (Item item : items) {
            IntegrationEvent event = item.event();
            if (event instanceof TransactionSettled settled) {
                run.add(SettledTransaction.of(settled, item.partition(), closedThrough.get(item.partition())));
                continue;
            }
            fold(run, Set.of());
            run.clear();
            if (event instanceof DepositCollected collected) {
                effects.depositCollected(collected);
                store.open(collected.serialNumber());
            } else if (event instanceof SettlementDayClosed closed) {
                dayClosed(item.partition(), closed.businessDate());
            }
        }
        fold(run, Set.of());
    }

    /** Folds what waited for serials whose deposit is known by now (a replacement's alias, T8). */
    public void releaseWaiting() {
        if (!waitingSerials.isEmpty()) {
            fold(List.of(), Set.copyOf(waitingSerials));
        }
    }

    public boolean hasWaiting() {
        return !waitingSerials.isEmpty();
    }

    private void dayClosed(int partition, LocalDate businessDate) {
        closedThrough.merge(partition, businessDate, (a, b) -> a.isAfter(b) ? a : b);
        if (effects.dayClosed(partition, businessDate)) {
            effects.windowsClosed(businessDate, store.closeWindowsEndingBy(businessDate));
        }
    }

    /**
     * Folds a run of settlements, after whatever waited for their serials; {@code release} names further
     * waiting serials to try.
     */
    private void fold(List<SettledTransaction> run, Set<String> release) {
        Set<String> serials = new HashSet<>(release);
        run.forEach(t -> serials.add(t.serialNumber()));
        if (serials.isEmpty()) {
            return;
        }
        resolve(serials);
        List<SettledTransaction> ordered = new ArrayList<>();
        Set<String> released = new HashSet<>(waitingSerials);
        released.retainAll(serials);
        released.retainAll(depositOf.keySet());
        if (!released.isEmpty()) {
            ordered.addAll(store.takeWaiting(released));
            waitingSerials.removeAll(released);
        }
        ordered.addAll(run);
        if (ordered.isEmpty()) {
            return;
        }
        Set<String> depositIds = new HashSet<>();
        List<Counted> candidates = new ArrayList<>();
        for (SettledTransaction t : ordered) {
            String depositId = depositOf.get(t.serialNumber());
            if (depositId != null) {
                depositIds.add(depositId);
                candidates.add(new Counted(t.transactionId(), depositId));
            }
        }
        Set<String> withoutTerms = new HashSet<>(depositIds);
        withoutTerms.removeAll(terms.keySet());
        terms.putAll(store.terms(withoutTerms));
        Map<String, Volume> volumes = store.volumes(depositIds);
        Set<Counted> countedBefore = store.counted(candidates);

        List<SettledTransaction> waiting = new ArrayList<>();
        List<CountedTransaction> counted = new ArrayList<>();
        Map<String, Sum> byDeposit = new LinkedHashMap<>();
        Map<String, Long> running = new HashMap<>();
        Map<String, Long> reached = new LinkedHashMap<>();
        for (SettledTransaction t : ordered) {
            String depositId = depositOf.get(t.serialNumber());
            Outcome outcome;
            if (depositId == null || waitingSerials.contains(t.serialNumber())) {
                waiting.add(t);
                waitingSerials.add(t.serialNumber());
                outcome = Outcome.WAITING;
            } else {
                outcome = outcomeOf(t, terms.get(depositId), countedBefore);
            }
            if (outcome == Outcome.COUNTED) {
                Counted c = new Counted(t.transactionId(), depositId);
                counted.add(new CountedTransaction(c, t.captureDate(businessDay), t.amountFen()));
                countedBefore.add(c);
                byDeposit.merge(depositId, new Sum(t.amountFen(), 1), VolumeFold::add);
                Volume before = volumes.getOrDefault(depositId, new Volume(0, 0, false));
                long now = running.merge(depositId, before.fen() + t.amountFen(), (a, b) -> a + t.amountFen());
                if (!before.targetReached() && !reached.containsKey(depositId)
                        && now >= terms.get(depositId).targetFen()) {
                    reached.put(depositId, now);
                }
            }
            effects.counted(outcome);
        }
        if (!waiting.isEmpty()) {
            store.park(waiting);
        }
        store.write(counted, byDeposit);
        if (!reached.isEmpty()) {
            store.targetReached(reached.keySet());
            reached.forEach(effects::targetReached);
        }
    }

    private Outcome outcomeOf(SettledTransaction t, DepositTerms terms, Set<Counted> countedBefore) {
        if (!terms.qualifies(t)) {
            return Outcome.NOT_QUALIFYING;
        }
        if (!terms.inWindow(t.capturedAt())) {
            return Outcome.OUTSIDE_WINDOW;
        }
        LocalDate closed = t.closedThroughWhenRead();
        if (closed != null && !closed.isBefore(terms.windowEndDate())) {
            return Outcome.AFTER_CLOSE;
        }
        if (countedBefore.contains(new Counted(t.transactionId(), terms.depositId()))) {
            return Outcome.DUPLICATE;
        }
        return Outcome.COUNTED;
    }

    /** Finds the deposit (and its terms) of every serial not resolved before; unknown ones stay unresolved. */
    private void resolve(Set<String> serials) {
        Set<String> unresolved = new HashSet<>(serials);
        unresolved.removeAll(depositOf.keySet());
        if (unresolved.isEmpty()) {
            return;
        }
        Map<String, String> candidates = new HashMap<>();
        unresolved.forEach(serial -> candidates.put(serial, serial));
        candidates.putAll(store.movedTo(unresolved));
        Set<String> ids = new HashSet<>(candidates.values());
        ids.removeAll(terms.keySet());
        terms.putAll(store.terms(ids));
        candidates.forEach((serial, depositId) -> {
            if (terms.containsKey(depositId)) {
                depositOf.put(serial, depositId);
            }
        });
    }

    private static Sum add(Sum a, Sum b) {
        return new Sum(a.fen() + b.fen(), a.count() + b.count());
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > CACHE_SIZE;
            }
        };
    }
}
