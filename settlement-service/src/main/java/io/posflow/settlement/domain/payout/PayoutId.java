package io.posflow.settlement.domain.payout;

import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.transaction.SerialNumber;
import io.posflow.settlement.domain.transaction.TransactionId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A payout's id, also its idempotency key at the bank (S6). Derived from what it pays, so a redelivered or
 * re-published trigger names the same payout and pays nothing twice.
 */
public record PayoutId(String value) {

    private static final int MAX_LENGTH = 100;

    public PayoutId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a payout id has 1 to " + MAX_LENGTH + " characters");
        }
    }

    /** A terminal's deposit is refunded at most once: {@code DEPOSIT_REFUND:<serialNumber>}. */
    public static PayoutId depositRefund(SerialNumber serialNumber) {
        return new PayoutId("DEPOSIT_REFUND:" + serialNumber.value());
    }

    /**
     * The T1 payout of one run date (S6): one per merchant and run date, {@code SETTLEMENT:<merchantNo>:<runDate>},
     * so a re-run or a redelivery names the same payout.
     */
    public static PayoutId settlement(MerchantNo merchantNo, LocalDate runDate) {
        return new PayoutId("SETTLEMENT:" + merchantNo.value() + ":" + runDate);
    }

    /**
     * The payout of one T0 settlement (S3/S6), paid as soon as it settles: {@code SETTLEMENT:<merchantNo>:T0:<id>}.
     * A transaction id too long for that is replaced by the start of its SHA-256, which is as deterministic.
     */
    public static PayoutId settlementT0(MerchantNo merchantNo, TransactionId transactionId) {
        String prefix = "SETTLEMENT:" + merchantNo.value() + ":T0:";
        String id = transactionId.value();
        if (prefix.length() + id.length() > MAX_LENGTH) {
            id = "sha256-" + HexFormat.of().formatHex(sha256(id)).substring(0, 40);
        }
        return new PayoutId(prefix + id);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Axon uses the identifier's string form as the aggregate id. */
    @Override
    public String toString() {
        return value;
    }
}
