package io.posflow.settlement.domain.transaction;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.contracts.terminal.Wallet;
import io.posflow.settlement.domain.merchant.MerchantNo;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A paying transaction is recorded and waits for its settlement run (status PENDING_SETTLEMENT).
 *
 * @param cardType the card type that decides the rate (S1): the card's, or a UNIONPAY QR's funding card's
 */
@Revision("1")
public record CaptureRecorded(TransactionId transactionId, SerialNumber serialNumber, MerchantNo merchantNo,
                              TransactionType type, PaymentChannel channel, CardType cardType, Wallet wallet,
                              Money amount, Instant capturedAt, LocalDate businessDate,
                              TransactionId originalTransactionId, SettlementSpeed speed) {
}
