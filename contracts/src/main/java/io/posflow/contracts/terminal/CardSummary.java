package io.posflow.contracts.terminal;

import java.util.Objects;

/**
 * What may be shown of a card: its BIN and last four digits (never the full PAN).
 *
 * @param bin   the first 6 (or 8) digits
 * @param last4 the last 4 digits
 */
public record CardSummary(
        String bin,
        String last4) {

    public CardSummary {
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(last4, "last4");
    }
}
