package io.posflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.posflow.contracts.onboarding.MicroDepositAnswered;
import io.posflow.contracts.partnerbank.PartnerBankApplicationSubmitted;
import io.posflow.contracts.settlement.TransactionSettled;
import io.posflow.contracts.topics.TopicDefinition;
import io.posflow.contracts.topics.Topics;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TopicsTest {

    /** architecture §4's table, restated independently: topic, owner, partitions, events. */
    private record Row(String owner, int partitions, List<String> events) {
    }

    private static final Map<String, Row> DESIGN = Map.of(
            "partner-bank.applications.v1", new Row("onboarding", 6, List.of("PartnerBankApplicationSubmitted")),
            "partner-bank.application-feedback.v1", new Row("onboarding", 6,
                    List.of("ApplicationReceived", "ApplicationRefused", "ApplicationStatusChanged")),
            "onboarding.applications.v1", new Row("onboarding", 6, List.of("ApplicationSubmitted",
                    "ApplicationResubmitted", "ApplicationReturned", "ApplicationInManualReview", "ApplicationApproved",
                    "ApplicationRejected", "MicroDepositAnswered")),
            "onboarding.merchants.v1", new Row("onboarding", 6, List.of("MerchantOnboarded",
                    "SettlementAccountChangeRequested", "SettlementAccountChanged", "MicroDepositAnswered")),
            "kyc.verifications.v1", new Row("kyc", 6, List.of("KycPassed", "KycFailed", "KycNeedsReview")),
            "terminal.terminals.v1", new Row("terminal", 6, List.of("TerminalRegistered", "TerminalBound",
                    "ActivationCodeIssued", "TerminalAwaitingDeposit", "TerminalActivated", "TerminalLocked",
                    "TerminalUnlocked", "TerminalReplaced", "TerminalDeregistered")),
            "terminal.transactions.v1", new Row("terminal", 12,
                    List.of("TransactionCaptured", "TransactionDeclined", "TransactionVoided")),
            "settlement.transactions.v1", new Row("settlement", 12, List.of("DepositCollected", "TransactionSettled",
                    "CashOutRiskFlagged", "ServiceFeeCharged", "SettlementDayClosed")),
            "settlement.payouts.v1", new Row("settlement", 6, List.of("PayoutCompleted", "PayoutFailed")),
            "deposit.deposits.v1", new Row("deposit", 6, List.of("DepositHeld", "DepositRefundTriggered",
                    "DepositRefunded", "DepositForfeited")));

    static Stream<TopicDefinition> topics() {
        return Topics.all().stream();
    }

    static Stream<EventType> eventTypes() {
        return EventCatalogue.all().stream();
    }

    @Test
    void theTopicsAreExactlyThoseOfTheDesign() {
        assertThat(Topics.all()).extracting(TopicDefinition::name).containsExactlyInAnyOrderElementsOf(DESIGN.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void everyTopicHasTheDesignsOwnerPartitionsAndEvents(TopicDefinition topic) {
        Row row = DESIGN.get(topic.name());

        assertThat(topic.owner()).isEqualTo(row.owner());
        assertThat(topic.partitions()).isEqualTo(row.partitions());
        assertThat(topic.eventTypes()).extracting(Class::getSimpleName).containsExactlyElementsOf(row.events());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void everyEventIsOnExactlyTheTopicsTheCatalogueSays(EventType type) {
        List<String> expected = DESIGN.entrySet().stream()
                .filter(e -> e.getValue().events().contains(type.typeName()))
                .map(Map.Entry::getKey).sorted().toList();

        assertThat(Topics.carrying(type.eventClass())).extracting(TopicDefinition::name).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void microDepositAnsweredIsOnTwoTopics() {
        assertThat(Topics.carrying(MicroDepositAnswered.class)).containsExactly(
                Topics.ONBOARDING_APPLICATIONS, Topics.ONBOARDING_MERCHANTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void everyEventOnATopicIsInTheCatalogue(TopicDefinition topic) {
        topic.eventTypes().forEach(e -> assertThat(EventCatalogue.byClass(e)).isNotNull());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void theOwnerPublishesEveryEventOnItsTopicExceptOnTheInboundOne(TopicDefinition topic) {
        String expectedPublisher = topic == Topics.PARTNER_BANK_APPLICATIONS ? Owners.PARTNER_BANK : topic.owner();

        assertThat(topic.eventTypes()).allSatisfy(
                e -> assertThat(EventCatalogue.byClass(e).owner()).isEqualTo(expectedPublisher));
    }

    @Test
    void theInboundPartnerBankTopicIsCreatedByOnboarding() {
        assertThat(Topics.PARTNER_BANK_APPLICATIONS.owner()).isEqualTo(Owners.ONBOARDING);
        assertThat(Topics.carrying(PartnerBankApplicationSubmitted.class)).containsExactly(Topics.PARTNER_BANK_APPLICATIONS);
    }

    @Test
    void ownedByListsTheTopicsAServiceCreates() {
        assertThat(Topics.ownedBy("onboarding")).extracting(TopicDefinition::name).containsExactly(
                "partner-bank.applications.v1", "partner-bank.application-feedback.v1",
                "onboarding.applications.v1", "onboarding.merchants.v1");
        assertThat(Topics.ownedBy("settlement")).containsExactly(Topics.SETTLEMENT_TRANSACTIONS, Topics.SETTLEMENT_PAYOUTS);
        assertThat(Topics.ownedBy("partner-bank")).isEmpty();
    }

    @Test
    void byNameFindsATopicAndNothingElse() {
        assertThat(Topics.byName("settlement.transactions.v1")).contains(Topics.SETTLEMENT_TRANSACTIONS);
        assertThat(Topics.byName("settlement.transactions.v2")).isEmpty();
    }

    @Test
    void theDeadLetterTopicAppendsDlt() {
        assertThat(Topics.SETTLEMENT_TRANSACTIONS.dltName()).isEqualTo("settlement.transactions.v1.dlt");
    }

    @Test
    void transactionSettledIsCarriedBySettlementTransactionsOnly() {
        assertThat(Topics.carrying(TransactionSettled.class)).containsExactly(Topics.SETTLEMENT_TRANSACTIONS);
    }

    @Test
    void topicNamesAreUnique() {
        assertThat(Topics.all().stream().collect(Collectors.groupingBy(TopicDefinition::name, Collectors.counting())))
                .allSatisfy((name, count) -> assertThat(count).as(name).isEqualTo(1L));
    }
}
