package io.posflow.contracts.settlement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.contracts.terminal.Wallet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A captured transaction was settled to the merchant: in the T1 run of {@code settlementDate}, or at capture
 * for T0. Always {@code netFen = amountFen − mdrFeeFen − surchargeFen}. A REFUND settles with negative
 * {@code amountFen}, fees and {@code netFen}. The deposit swipe never settles (see DepositCollected).
 *
 * @param amountFen             gross amount; negative for a REFUND
 * @param mdrFeeFen             merchant discount fee (S1), rounded half-up to the fen; negative for a REFUND
 * @param surchargeFen          T0 surcharge (S3), 0 for T1; negative for a REFUND
 * @param netFen                what the merchant is paid: amountFen − mdrFeeFen − surchargeFen
 * @param businessDate          Asia/Shanghai date of capturedAt
 * @param settlementDate        the date of the run that settled it (T0: the business date)
 * @param originalTransactionId REFUND only: the refunded SALE
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransactionSettled(
        String transactionId,
        String serialNumber,
        String merchantNo,
        TransactionType type,
        PaymentChannel channel,
        CardType cardType,
        Wallet wallet,
        long amountFen,
        long mdrFeeFen,
        long surchargeFen,
        long netFen,
        Instant capturedAt,
        LocalDate businessDate,
        LocalDate settlementDate,
        SettlementSpeed speed,
        String originalTransactionId) implements IntegrationEvent {

    public TransactionSettled {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(settlementDate, "settlementDate");
        Objects.requireNonNull(speed, "speed");
        if (channel == PaymentChannel.CARD && cardType == null) {
            throw new IllegalArgumentException("a CARD transaction needs cardType");
        }
        if (channel == PaymentChannel.QR && wallet == null) {
            throw new IllegalArgumentException("a QR transaction needs wallet");
        }
        if (netFen != amountFen - mdrFeeFen - surchargeFen) {
            throw new IllegalArgumentException("netFen must be amountFen - mdrFeeFen - surchargeFen");
        }
    }

    @JsonIgnore
    @Override
    public String key() {
        return serialNumber;
    }
}
