package io.posflow.contracts.topics;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.Owners;
import io.posflow.contracts.deposit.DepositForfeited;
import io.posflow.contracts.deposit.DepositHeld;
import io.posflow.contracts.deposit.DepositRefundTriggered;
import io.posflow.contracts.deposit.DepositRefunded;
import io.posflow.contracts.kyc.KycFailed;
import io.posflow.contracts.kyc.KycNeedsReview;
import io.posflow.contracts.kyc.KycPassed;
import io.posflow.contracts.onboarding.ApplicationApproved;
import io.posflow.contracts.onboarding.ApplicationInManualReview;
import io.posflow.contracts.onboarding.ApplicationRejected;
import io.posflow.contracts.onboarding.ApplicationResubmitted;
import io.posflow.contracts.onboarding.ApplicationReturned;
import io.posflow.contracts.onboarding.ApplicationSubmitted;
import io.posflow.contracts.onboarding.MerchantOnboarded;
import io.posflow.contracts.onboarding.MicroDepositAnswered;
import io.posflow.contracts.onboarding.SettlementAccountChangeRequested;
import io.posflow.contracts.onboarding.SettlementAccountChanged;
import io.posflow.contracts.partnerbank.ApplicationReceived;
import io.posflow.contracts.partnerbank.ApplicationRefused;
import io.posflow.contracts.partnerbank.ApplicationStatusChanged;
import io.posflow.contracts.partnerbank.PartnerBankApplicationSubmitted;
import io.posflow.contracts.settlement.CashOutRiskFlagged;
import io.posflow.contracts.settlement.DepositCollected;
import io.posflow.contracts.settlement.PayoutCompleted;
import io.posflow.contracts.settlement.PayoutFailed;
import io.posflow.contracts.settlement.ServiceFeeCharged;
import io.posflow.contracts.settlement.SettlementDayClosed;
import io.posflow.contracts.settlement.TransactionSettled;
import io.posflow.contracts.terminal.ActivationCodeIssued;
import io.posflow.contracts.terminal.TerminalActivated;
import io.posflow.contracts.terminal.TerminalAwaitingDeposit;
import io.posflow.contracts.terminal.TerminalBound;
import io.posflow.contracts.terminal.TerminalDeregistered;
import io.posflow.contracts.terminal.TerminalLocked;
import io.posflow.contracts.terminal.TerminalRegistered;
import io.posflow.contracts.terminal.TerminalReplaced;
import io.posflow.contracts.terminal.TerminalUnlocked;
import io.posflow.contracts.terminal.TransactionCaptured;
import io.posflow.contracts.terminal.TransactionDeclined;
import io.posflow.contracts.terminal.TransactionVoided;
import java.util.List;
import java.util.Optional;

/** The topic catalogue (architecture §4): every topic declared once. Immutable. */
public final class Topics {

    /**
     * Inbound: partner banks publish signed applications; onboarding-service creates the topic and consumes it.
     */
    public static final TopicDefinition PARTNER_BANK_APPLICATIONS = new TopicDefinition(
            "partner-bank.applications.v1", Owners.ONBOARDING, "bankCode:bankReference", 6,
            events(PartnerBankApplicationSubmitted.class));

    public static final TopicDefinition PARTNER_BANK_APPLICATION_FEEDBACK = new TopicDefinition(
            "partner-bank.application-feedback.v1", Owners.ONBOARDING, "bankCode:bankReference", 6,
            events(ApplicationReceived.class, ApplicationRefused.class, ApplicationStatusChanged.class));

    public static final TopicDefinition ONBOARDING_APPLICATIONS = new TopicDefinition(
            "onboarding.applications.v1", Owners.ONBOARDING, "applicationId", 6,
            events(ApplicationSubmitted.class, ApplicationResubmitted.class, ApplicationReturned.class,
                    ApplicationInManualReview.class, ApplicationApproved.class, ApplicationRejected.class,
                    MicroDepositAnswered.class));

    public static final TopicDefinition ONBOARDING_MERCHANTS = new TopicDefinition(
            "onboarding.merchants.v1", Owners.ONBOARDING, "merchantNo", 6,
            events(MerchantOnboarded.class, SettlementAccountChangeRequested.class, SettlementAccountChanged.class,
                    MicroDepositAnswered.class));

    public static final TopicDefinition KYC_VERIFICATIONS = new TopicDefinition(
            "kyc.verifications.v1", Owners.KYC, "subjectId", 6,
            events(KycPassed.class, KycFailed.class, KycNeedsReview.class));

    public static final TopicDefinition TERMINAL_TERMINALS = new TopicDefinition(
            "terminal.terminals.v1", Owners.TERMINAL, "serialNumber", 6,
            events(TerminalRegistered.class, TerminalBound.class, ActivationCodeIssued.class,
                    TerminalAwaitingDeposit.class, TerminalActivated.class, TerminalLocked.class,
                    TerminalUnlocked.class, TerminalReplaced.class, TerminalDeregistered.class));

    public static final TopicDefinition TERMINAL_TRANSACTIONS = new TopicDefinition(
            "terminal.transactions.v1", Owners.TERMINAL, "serialNumber", 12,
            events(TransactionCaptured.class, TransactionDeclined.class, TransactionVoided.class));

    /**
     * SettlementDayClosed is keyed by its businessDate and written explicitly to every partition, after each of
     * that date's TransactionSettled on the partition.
     */
    public static final TopicDefinition SETTLEMENT_TRANSACTIONS = new TopicDefinition(
            "settlement.transactions.v1", Owners.SETTLEMENT, "serialNumber; SettlementDayClosed: businessDate", 12,
            events(DepositCollected.class, TransactionSettled.class, CashOutRiskFlagged.class,
                    ServiceFeeCharged.class, SettlementDayClosed.class));

    public static final TopicDefinition SETTLEMENT_PAYOUTS = new TopicDefinition(
            "settlement.payouts.v1", Owners.SETTLEMENT, "merchantNo", 6,
            events(PayoutCompleted.class, PayoutFailed.class));

    public static final TopicDefinition DEPOSIT_DEPOSITS = new TopicDefinition(
            "deposit.deposits.v1", Owners.DEPOSIT, "serialNumber", 6,
            events(DepositHeld.class, DepositRefundTriggered.class, DepositRefunded.class, DepositForfeited.class));

    private static final List<TopicDefinition> ALL = List.of(
            PARTNER_BANK_APPLICATIONS, PARTNER_BANK_APPLICATION_FEEDBACK, ONBOARDING_APPLICATIONS,
            ONBOARDING_MERCHANTS, KYC_VERIFICATIONS, TERMINAL_TERMINALS, TERMINAL_TRANSACTIONS,
            SETTLEMENT_TRANSACTIONS, SETTLEMENT_PAYOUTS, DEPOSIT_DEPOSITS);

    private Topics() {
    }

    public static List<TopicDefinition> all() {
        return ALL;
    }

    public static Optional<TopicDefinition> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The topics {@code service} creates (e.g. {@code onboarding}), including inbound ones it consumes. */
    public static List<TopicDefinition> ownedBy(String service) {
        return ALL.stream().filter(t -> t.owner().equals(service)).toList();
    }

    /** The topics an event is published on; MicroDepositAnswered is on two. */
    public static List<TopicDefinition> carrying(Class<? extends IntegrationEvent> eventType) {
        return ALL.stream().filter(t -> t.carries(eventType)).toList();
    }

    @SafeVarargs
    private static List<Class<? extends IntegrationEvent>> events(Class<? extends IntegrationEvent>... types) {
        return List.of(types);
    }
}
