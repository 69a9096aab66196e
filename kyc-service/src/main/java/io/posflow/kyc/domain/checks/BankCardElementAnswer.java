package io.posflow.kyc.domain.checks;

/** The bank's answer to a bank-card element check (K4). */
public enum BankCardElementAnswer {
    MATCH, MISMATCH, INCONCLUSIVE
}
