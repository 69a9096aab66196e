package io.posflow.contracts.onboarding;

/** T1: settled in the next business day's run (default); T0: settled at capture, with a surcharge. */
public enum SettlementSpeed {
    T1, T0
}
