package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * T5: a SALE was approved by the switch; purpose DEPOSIT for the deposit swipe (T3). {@code applicantType} and
 * {@code speed} are the merchant's at capture (null if the binding predates them).
 */
@Revision("1")
public record SaleCaptured(TransactionId transactionId, SerialNumber serialNumber, MerchantNo merchantNo,
                           TransactionPurpose purpose, PaymentMethod payment, Money amount,
                           ApplicantType applicantType, SettlementSpeed speed, Instant deviceTime,
                           Instant capturedAt, LocalDate businessDate) {
}
