package io.posflow.onboarding.domain.checks;

import io.posflow.contracts.pii.Luhn;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;

import java.util.List;
import java.util.Objects;

/**
 * A bank card number (PAN, ISO/IEC 7812): 12 to 19 digits ending with a Luhn check digit. Personal data:
 * {@link #toString()} shows only the BIN and the last 4 digits.
 *
 * @param value the clear number; only for sealing it, never for logs or messages
 */
public record BankCardNumber(String value) {

    public BankCardNumber {
        Objects.requireNonNull(value, "value");
        List<Reason> problems = problemsOf(value);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).message());
        }
    }

    /** K3 format: CARD_NUMBER_INVALID, or the card number. */
    public static Checked<BankCardNumber> parse(String raw) {
        List<Reason> problems = problemsOf(raw);
        return problems.isEmpty() ? Checked.valid(new BankCardNumber(raw)) : Checked.invalid(problems);
    }

    /**
     * K3 for a settlement card: Luhn-valid (CARD_NUMBER_INVALID) and a debit card by {@code bins}
     * (CARD_NOT_DEBIT, also when the table does not know the BIN).
     */
    public static Checked<BankCardNumber> parseDebitCard(String raw, BinTable bins) {
        Objects.requireNonNull(bins, "bins");
        Checked<BankCardNumber> parsed = parse(raw);
        if (!parsed.isValid()) {
            return parsed;
        }
        return bins.lookup(parsed.orElseThrow())
                .filter(BinTable.CardKind::isDebit)
                .map(kind -> parsed)
                .orElseGet(() -> Checked.invalid(List.of(Reason.of(ReasonCode.CARD_NOT_DEBIT))));
    }

    /** The first 6 digits: the issuer identification number as the BIN table uses it. */
    public String bin() {
        return value.substring(0, 6);
    }

    public String lastFour() {
        return value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return Mask.CARD_NUMBER.apply(value);
    }

    private static List<Reason> problemsOf(String raw) {
        if (raw == null || !raw.matches("[0-9]{12,19}")) {
            return List.of(invalid("A card number has 12 to 19 digits."));
        }
        if (!Luhn.isValid(raw)) {
            return List.of(invalid("The card number's check digit does not match."));
        }
        return List.of();
    }

    private static Reason invalid(String message) {
        return Reason.of(ReasonCode.CARD_NUMBER_INVALID, message);
    }
}
