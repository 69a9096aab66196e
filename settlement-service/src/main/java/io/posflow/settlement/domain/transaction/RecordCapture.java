package io.posflow.settlement.domain.transaction;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.settlement.CashOutRiskReason;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionPurpose;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.contracts.terminal.Wallet;
import io.posflow.settlement.domain.merchant.MerchantNo;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Records a transaction terminal-service captured, so that it settles (or, the deposit swipe, is held).
 *
 * @param cardType              CARD: the card's type; UNIONPAY QR: the funding card's type, if sent
 * @param wallet                QR only
 * @param originalTransactionId the SALE a VOID or REFUND refers to
 * @param merchantDeviceModel   the merchant's device model, which the deposit belongs to
 * @param speed                 the merchant's settlement speed at capture
 * @param cashOutRisk           why this SALE looks like a self-swipe (S7), or null
 */
public record RecordCapture(@TargetAggregateIdentifier TransactionId transactionId, SerialNumber serialNumber,
                            MerchantNo merchantNo, TransactionType type, TransactionPurpose purpose,
                            PaymentChannel channel, CardType cardType, Wallet wallet, Money amount,
                            Instant capturedAt, TransactionId originalTransactionId,
                            DeviceModel merchantDeviceModel, SettlementSpeed speed,
                            CashOutRiskReason cashOutRisk) {

    /** A capture that is no self-swipe risk. */
    public RecordCapture(TransactionId transactionId, SerialNumber serialNumber, MerchantNo merchantNo,
                         TransactionType type, TransactionPurpose purpose, PaymentChannel channel, CardType cardType,
                         Wallet wallet, Money amount, Instant capturedAt, TransactionId originalTransactionId,
                         DeviceModel merchantDeviceModel, SettlementSpeed speed) {
        this(transactionId, serialNumber, merchantNo, type, purpose, channel, cardType, wallet, amount, capturedAt,
                originalTransactionId, merchantDeviceModel, speed, null);
    }

    public RecordCapture {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(merchantDeviceModel, "merchantDeviceModel");
        Objects.requireNonNull(speed, "speed");
        if (type != TransactionType.SALE && originalTransactionId == null) {
            throw new IllegalArgumentException("a " + type + " names the sale it refers to");
        }
        if (cashOutRisk != null && (type != TransactionType.SALE || purpose != TransactionPurpose.SALE)) {
            throw new IllegalArgumentException("only a SALE is held as a self-swipe (S7)");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a captured amount is positive; the type gives the direction");
        }
    }
}
