package io.posflow.settlement.domain.clearing;


import io.posflow.contracts.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * S8: what we captured for a business date matched with the switch's clearing file. A capture matches when
 * the file holds its transaction id with the same amount; anything else is a discrepancy — ours missing from
 * the file or with another amount (held, never paid blind), or the switch's item we never captured (reported;
 * there is nothing of ours to pay).
 */
public record Reconciliation(LocalDate businessDate, Set<String> matched, List<Discrepancy> discrepancies) {

    public enum Kind {
        /** We captured it; the switch did not clear it. */
        MISSING_FROM_CLEARING,
        /** Both have it, with different amounts. */
        AMOUNT_MISMATCH,
        /** The switch cleared it; we never captured it. */
        UNKNOWN_TO_ACQUIRER,
        /** The switch's file lists it more than once (the first line is matched). */
        DUPLICATE_IN_CLEARING
    }

    /**
     * @param capturedAmount our amount, null for {@link Kind#UNKNOWN_TO_ACQUIRER}
     * @param clearedAmount  the switch's amount, null for {@link Kind#MISSING_FROM_CLEARING}
     */
    public record Discrepancy(String transactionId, Kind kind, Money capturedAmount, Money clearedAmount) {
    }

    public Reconciliation {
        Objects.requireNonNull(businessDate, "businessDate");
        matched = Set.copyOf(matched);
        discrepancies = List.copyOf(discrepancies);
    }

    /**
     * @param captured our captures of the date that the switch clears (sales, voids excluded), by transaction id
     */
    public static Reconciliation of(Map<String, Money> captured, ClearingFile file) {
        Map<String, Money> cleared = new HashMap<>();
        List<Discrepancy> discrepancies = new ArrayList<>();
        for (ClearingItem item : file.items()) {
            if (cleared.putIfAbsent(item.transactionId(), item.amount()) != null) {
                // A line twice in the switch's file is the switch's error: report it, match the first.
                discrepancies.add(new Discrepancy(item.transactionId(), Kind.DUPLICATE_IN_CLEARING,
                        captured.get(item.transactionId()), item.amount()));
            }
        }
        Set<String> matched = new TreeSet<>();
        for (Map.Entry<String, Money> ours : new LinkedHashMap<>(captured).entrySet()) {
            Money theirs = cleared.get(ours.getKey());
            if (theirs == null) {
                discrepancies.add(new Discrepancy(ours.getKey(), Kind.MISSING_FROM_CLEARING, ours.getValue(), null));
            } else if (!theirs.equals(ours.getValue())) {
                discrepancies.add(new Discrepancy(ours.getKey(), Kind.AMOUNT_MISMATCH, ours.getValue(), theirs));
            } else {
                matched.add(ours.getKey());
            }
        }
        for (Map.Entry<String, Money> theirs : cleared.entrySet()) {
            if (!captured.containsKey(theirs.getKey())) {
                discrepancies.add(new Discrepancy(theirs.getKey(), Kind.UNKNOWN_TO_ACQUIRER, null, theirs.getValue()));
            }
        }
        discrepancies.sort(Comparator.comparing(Discrepancy::transactionId).thenComparing(Discrepancy::kind));
        return new Reconciliation(file.businessDate(), matched, discrepancies);
    }

    /** Ours that must not be paid: missing from the file or cleared with another amount. */
    public Set<String> held() {
        Set<String> held = new TreeSet<>();
        discrepancies.stream().filter(e -> e.kind() == Kind.MISSING_FROM_CLEARING || e.kind() == Kind.AMOUNT_MISMATCH)
                .forEach(e -> held.add(e.transactionId()));
        return held;
    }
}
