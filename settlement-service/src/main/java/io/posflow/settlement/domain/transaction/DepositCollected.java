package io.posflow.settlement.domain.transaction;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.settlement.domain.merchant.MerchantNo;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The deposit swipe became a deposit liability (S5): it is never paid to the merchant and never settles as a
 * TransactionSettled. Published for deposit-service, which opens the Deposit on it (D1).
 */
@Revision("1")
public record DepositCollected(TransactionId transactionId, SerialNumber serialNumber, MerchantNo merchantNo,
                               DeviceModel deviceModel, PaymentChannel channel, Money deposit, Instant capturedAt,
                               LocalDate businessDate) {
}
