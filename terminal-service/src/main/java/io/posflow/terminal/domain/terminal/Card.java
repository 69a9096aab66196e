package io.posflow.terminal.domain.terminal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the terminal keeps of a card (PCI): its BIN, its last four digits and a keyed fingerprint of the
 * PAN — never the PAN. {@code declaredType} is what the device sent; {@code binType} what the BIN table
 * says, or null when the BIN is not in it.
 */
public record Card(String bin, String last4, String fingerprint, CardType declaredType, CardType binType) {

    private static final Pattern BIN = Pattern.compile("[0-9]{6}");
    private static final Pattern LAST4 = Pattern.compile("[0-9]{4}");

    public Card {
        if (bin == null || !BIN.matcher(bin).matches()) {
            throw new IllegalArgumentException("A BIN has 6 digits");
        }
        if (last4 == null || !LAST4.matcher(last4).matches()) {
            throw new IllegalArgumentException("last4 has 4 digits");
        }
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(declaredType, "declaredType");
    }

    /** The BIN table knows better than the device; the device's word counts where the table is silent. */
    public CardType type() {
        return binType != null ? binType : declaredType;
    }

    /** T3: the deposit is paid by credit card — declared CREDIT, and not a debit card by its BIN (储蓄卡无效). */
    public boolean countsAsCredit() {
        return declaredType == CardType.CREDIT && binType != CardType.DEBIT;
    }
}
