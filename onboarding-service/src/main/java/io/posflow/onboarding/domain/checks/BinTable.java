package io.posflow.onboarding.domain.checks;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a card's issuer identification number (BIN, its leading digits) says about the card: debit or
 * credit, issued in China or abroad. K3 needs a debit card "by the BIN table"; a card whose BIN is not in
 * the table is unknown, which is not a debit card.
 */
public final class BinTable {

    /** architecture §5, the simulators' documented BINs. */
    public static final BinTable SIMULATION = new BinTable(Map.of(
            "622202", new CardKind(CardType.DEBIT, Origin.DOMESTIC),
            "621700", new CardKind(CardType.DEBIT, Origin.DOMESTIC),
            "625807", new CardKind(CardType.CREDIT, Origin.DOMESTIC),
            "411111", new CardKind(CardType.CREDIT, Origin.OVERSEAS)));

    private final Map<String, CardKind> kindsByBin;

    /** @param kindsByBin BINs of 1 to 11 digits (a shorter prefix of a longer one is allowed) and their kinds */
    public BinTable(Map<String, CardKind> kindsByBin) {
        kindsByBin.forEach((bin, kind) -> {
            if (!bin.matches("[0-9]{1,11}")) {
                throw new IllegalArgumentException("A BIN is 1 to 11 digits: " + bin);
            }
            Objects.requireNonNull(kind, "kind");
        });
        this.kindsByBin = Map.copyOf(kindsByBin);
    }

    /** The kind of the longest BIN that {@code card} starts with; empty: the table does not know the card. */
    public Optional<CardKind> lookup(BankCardNumber card) {
        return kindsByBin.keySet().stream()
                .filter(card.value()::startsWith)
                .max(Comparator.comparingInt(String::length))
                .map(kindsByBin::get);
    }

    public enum CardType { DEBIT, CREDIT }

    public enum Origin { DOMESTIC, OVERSEAS }

    public record CardKind(CardType type, Origin origin) {

        public CardKind {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(origin, "origin");
        }

        public boolean isDebit() {
            return type == CardType.DEBIT;
        }
    }
}
