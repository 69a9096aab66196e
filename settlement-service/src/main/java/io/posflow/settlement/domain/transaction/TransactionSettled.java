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
 * A transaction was settled to the merchant: {@code net = amount − mdrFee − surcharge} is owed to it.
 *
 * @param cardType       the rate-deciding card type: the card's, or a UNIONPAY QR's funding card's
 * @param settlementDate the run date (T1) or the business date (T0, settled at capture)
 */
@Revision("1")
public record TransactionSettled(TransactionId transactionId, SerialNumber serialNumber, MerchantNo merchantNo,
                                 TransactionType type, PaymentChannel channel, CardType cardType, Wallet wallet,
                                 Money amount, Money mdrFee, Money surcharge, Money net, Instant capturedAt,
                                 LocalDate businessDate, LocalDate settlementDate, SettlementSpeed speed,
                                 TransactionId originalTransactionId, Instant settledAt) {
}
