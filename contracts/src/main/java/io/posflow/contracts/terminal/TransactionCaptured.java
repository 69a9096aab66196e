package io.posflow.contracts.terminal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.SettlementSpeed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The terminal approved a capture (T5): a SALE, the deposit swipe (purpose DEPOSIT), a VOID or a REFUND.
 * A CARD capture carries {@code cardType} and {@code card}; a QR capture carries {@code wallet}.
 *
 * @param transactionId         the device's id, which makes capture idempotent
 * @param amountFen             positive, also for VOID and REFUND (the type gives the direction)
 * @param capturedAt            terminal-service's capture time, the transaction's time
 * @param businessDate          Asia/Shanghai date of capturedAt
 * @param originalTransactionId the SALE a VOID or REFUND refers to
 * @param fundingCardType       UNIONPAY QR only: the funding card's type, which decides the rate above 1,000 yuan
 * @param cardFingerprint       CARD only: keyed hash (HMAC) of the PAN, to match self-swipes (S7)
 * @param applicantType         the merchant's applicant type, which decides its limits
 * @param speed                 the merchant's settlement speed at capture
 * @param deviceTime            the device's own clock, for information only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransactionCaptured(
        String transactionId,
        String serialNumber,
        String merchantNo,
        TransactionType type,
        TransactionPurpose purpose,
        PaymentChannel channel,
        CardType cardType,
        Wallet wallet,
        CardSummary card,
        long amountFen,
        Instant capturedAt,
        LocalDate businessDate,
        String originalTransactionId,
        CardType fundingCardType,
        String cardFingerprint,
        ApplicantType applicantType,
        SettlementSpeed speed,
        Instant deviceTime) implements IntegrationEvent {

    public TransactionCaptured {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(businessDate, "businessDate");
        if (channel == PaymentChannel.CARD && (cardType == null || card == null)) {
            throw new IllegalArgumentException("a CARD capture needs cardType and card");
        }
        if (channel == PaymentChannel.QR && wallet == null) {
            throw new IllegalArgumentException("a QR capture needs wallet");
        }
        if (type != TransactionType.SALE && originalTransactionId == null) {
            throw new IllegalArgumentException("a " + type + " needs originalTransactionId");
        }
    }

    @JsonIgnore
    @Override
    public String key() {
        return serialNumber;
    }
}
