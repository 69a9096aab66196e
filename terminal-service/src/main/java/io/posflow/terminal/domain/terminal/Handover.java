package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;

import java.time.LocalDate;

/**
 * T8: what a replaced terminal passes to its replacement: the merchant and its terms, the deposit it paid, and
 * the SALEs approved on the current business date (T4's day total is the merchant's, not the device's: swapping
 * devices does not start the day again).
 */
public record Handover(MerchantNo merchantNo, TerminalModel model, ApplicantType applicantType,
                       SettlementSpeed speed, Money deposit, LocalDate salesDate, Money salesOnDate) {
}
