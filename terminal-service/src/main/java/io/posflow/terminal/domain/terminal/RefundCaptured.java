package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** T5: a REFUND of a settled SALE was approved by the switch; {@code amount} is positive (the type gives the sign). */
@Revision("1")
public record RefundCaptured(TransactionId transactionId, TransactionId originalTransactionId,
                             SerialNumber serialNumber, MerchantNo merchantNo, PaymentMethod payment, Money amount,
                             ApplicantType applicantType, SettlementSpeed speed, Instant deviceTime,
                             Instant capturedAt, LocalDate businessDate) {
}
