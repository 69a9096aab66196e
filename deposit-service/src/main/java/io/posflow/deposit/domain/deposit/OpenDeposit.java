package io.posflow.deposit.domain.deposit;

import io.posflow.contracts.money.Money;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Open the terminal's Deposit because settlement collected the deposit swipe (DepositCollected, D1).
 *
 * @param depositTransactionId the deposit swipe, which never counts as qualifying volume (D2)
 * @param capturedAt           the deposit swipe's capture time: the window starts here
 * @param openedAt             now, on the service's clock
 */
public record OpenDeposit(@TargetAggregateIdentifier SerialNumber serialNumber, TransactionId depositTransactionId,
                          MerchantNo merchantNo, DeviceModel deviceModel, Money deposit, Instant capturedAt,
                          Instant openedAt) {

    public OpenDeposit {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(depositTransactionId, "depositTransactionId");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(deviceModel, "deviceModel");
        Objects.requireNonNull(deposit, "deposit");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(openedAt, "openedAt");
        if (!deposit.isPositive()) {
            throw new IllegalArgumentException("A deposit is a positive amount");
        }
    }
}
