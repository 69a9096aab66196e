package io.posflow.contracts.onboarding;

/** How an application arrived (O4). */
public enum Channel {
    ONLINE, AGENT, PARTNER_BANK
}
