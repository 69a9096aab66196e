package io.posflow.contracts;

import java.util.List;

/** The names of the parties that own topics or publish events, as they appear in topic names and ce types. */
public final class Owners {

    public static final String ONBOARDING = "onboarding";
    public static final String KYC = "kyc";
    public static final String TERMINAL = "terminal";
    public static final String SETTLEMENT = "settlement";
    public static final String DEPOSIT = "deposit";
    /** Partner banks publish applications to posflow; they own no posflow topic. */
    public static final String PARTNER_BANK = "partner-bank";

    private static final List<String> ALL = List.of(ONBOARDING, KYC, TERMINAL, SETTLEMENT, DEPOSIT, PARTNER_BANK);

    private Owners() {
    }

    public static List<String> all() {
        return ALL;
    }

    public static boolean isKnown(String owner) {
        return ALL.contains(owner);
    }
}
