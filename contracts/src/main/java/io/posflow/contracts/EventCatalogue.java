package io.posflow.contracts;

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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every integration event of the published language, with its publisher and major version. Immutable.
 * The topics that carry each event are declared in {@link io.posflow.contracts.topics.Topics}.
 */
public final class EventCatalogue {

    private static final int V1 = 1;

    private static final List<EventType> ALL = Stream.of(
            published(Owners.PARTNER_BANK, PartnerBankApplicationSubmitted.class),
            published(Owners.ONBOARDING,
                    ApplicationReceived.class, ApplicationRefused.class, ApplicationStatusChanged.class,
                    ApplicationSubmitted.class, ApplicationResubmitted.class, ApplicationReturned.class,
                    ApplicationInManualReview.class, ApplicationApproved.class, ApplicationRejected.class,
                    MicroDepositAnswered.class,
                    MerchantOnboarded.class, SettlementAccountChangeRequested.class, SettlementAccountChanged.class),
            published(Owners.KYC, KycPassed.class, KycFailed.class, KycNeedsReview.class),
            published(Owners.TERMINAL,
                    TerminalRegistered.class, TerminalBound.class, ActivationCodeIssued.class,
                    TerminalAwaitingDeposit.class, TerminalActivated.class, TerminalLocked.class,
                    TerminalUnlocked.class, TerminalReplaced.class, TerminalDeregistered.class,
                    TransactionCaptured.class, TransactionDeclined.class, TransactionVoided.class),
            published(Owners.SETTLEMENT,
                    DepositCollected.class, TransactionSettled.class, CashOutRiskFlagged.class,
                    ServiceFeeCharged.class, SettlementDayClosed.class,
                    PayoutCompleted.class, PayoutFailed.class),
            published(Owners.DEPOSIT,
                    DepositHeld.class, DepositRefundTriggered.class, DepositRefunded.class, DepositForfeited.class))
            .flatMap(List::stream)
            .toList();

    private static final Map<Class<?>, EventType> BY_CLASS = index(EventType::eventClass);
    private static final Map<String, EventType> BY_CE_TYPE = index(EventType::ceType);
    private static final Map<String, EventType> BY_TYPE_NAME = index(EventType::typeName);

    private EventCatalogue() {
    }

    /** Every event, grouped by publisher. */
    public static List<EventType> all() {
        return ALL;
    }

    /**
     * The entry of {@code eventClass}.
     *
     * @throws IllegalArgumentException if the class is not in the catalogue (a programming error)
     */
    public static EventType byClass(Class<? extends IntegrationEvent> eventClass) {
        EventType type = BY_CLASS.get(eventClass);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not in the event catalogue");
        }
        return type;
    }

    /** The entry of an event instance, {@link #byClass(Class)}. */
    public static EventType of(IntegrationEvent event) {
        return byClass(event.getClass());
    }

    /** The entry for a {@code ce_type} header value; empty for a type this version does not know. */
    public static Optional<EventType> byCeType(String ceType) {
        return Optional.ofNullable(BY_CE_TYPE.get(ceType));
    }

    /** The entry for an event name such as {@code TransactionSettled}. */
    public static Optional<EventType> byTypeName(String typeName) {
        return Optional.ofNullable(BY_TYPE_NAME.get(typeName));
    }

    @SafeVarargs
    private static List<EventType> published(String owner, Class<? extends IntegrationEvent>... classes) {
        return Stream.of(classes).map(c -> new EventType(c, owner, V1)).toList();
    }

    private static <K> Map<K, EventType> index(Function<EventType, K> key) {
        return Collections.unmodifiableMap(ALL.stream().collect(Collectors.toMap(key, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("duplicate catalogue key: " + a + " and " + b);
                },
                LinkedHashMap::new)));
    }
}
