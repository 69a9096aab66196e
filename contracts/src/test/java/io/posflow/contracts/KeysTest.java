package io.posflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event exposes the Kafka key of architecture §4's table; the key is not part of the payload. */
class KeysTest {

    /** The payload fields whose values, joined by ':', make each event's key (for the samples). */
    private static final Map<String, String> KEY_FIELDS = Map.ofEntries(
            Map.entry("ApplicationSubmitted", "applicationId"),
            Map.entry("ApplicationResubmitted", "applicationId"),
            Map.entry("ApplicationReturned", "applicationId"),
            Map.entry("ApplicationInManualReview", "applicationId"),
            Map.entry("ApplicationRejected", "applicationId"),
            Map.entry("ApplicationApproved", "applicationId"),
            Map.entry("MicroDepositAnswered", "subjectId"),
            Map.entry("MerchantOnboarded", "merchantNo"),
            Map.entry("SettlementAccountChangeRequested", "merchantNo"),
            Map.entry("SettlementAccountChanged", "merchantNo"),
            Map.entry("KycPassed", "subjectId"),
            Map.entry("KycFailed", "subjectId"),
            Map.entry("KycNeedsReview", "subjectId"),
            Map.entry("TerminalRegistered", "serialNumber"),
            Map.entry("TerminalBound", "serialNumber"),
            Map.entry("ActivationCodeIssued", "serialNumber"),
            Map.entry("TerminalAwaitingDeposit", "serialNumber"),
            Map.entry("TerminalActivated", "serialNumber"),
            Map.entry("TerminalLocked", "serialNumber"),
            Map.entry("TerminalUnlocked", "serialNumber"),
            Map.entry("TerminalReplaced", "serialNumber"),
            Map.entry("TerminalDeregistered", "serialNumber"),
            Map.entry("TransactionCaptured", "serialNumber"),
            Map.entry("TransactionDeclined", "serialNumber"),
            Map.entry("TransactionVoided", "serialNumber"),
            Map.entry("DepositCollected", "serialNumber"),
            Map.entry("TransactionSettled", "serialNumber"),
            Map.entry("CashOutRiskFlagged", "serialNumber"),
            Map.entry("ServiceFeeCharged", "serialNumber"),
            Map.entry("SettlementDayClosed", "businessDate"),
            Map.entry("PayoutCompleted", "merchantNo"),
            Map.entry("PayoutFailed", "merchantNo"),
            Map.entry("DepositHeld", "serialNumber"),
            Map.entry("DepositRefundTriggered", "serialNumber"),
            Map.entry("DepositRefunded", "serialNumber"),
            Map.entry("DepositForfeited", "serialNumber"),
            Map.entry("PartnerBankApplicationSubmitted", "bankCode:bankReference"),
            Map.entry("ApplicationReceived", "bankCode:bankReference"),
            Map.entry("ApplicationRefused", "bankCode:bankReference"),
            Map.entry("ApplicationStatusChanged", "bankCode:bankReference"));

    static Stream<IntegrationEvent> samples() {
        return SampleEvents.all().stream();
    }

    @Test
    void everyCatalogueEventHasAKeyRule() {
        assertThat(KEY_FIELDS.keySet()).containsExactlyInAnyOrderElementsOf(
                EventCatalogue.all().stream().map(EventType::typeName).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyEventIsKeyedAsItsTopicSays(IntegrationEvent event) {
        JsonNode payload = SchemaSupport.MAPPER.valueToTree(event);
        String expected = Arrays.stream(KEY_FIELDS.get(event.getClass().getSimpleName()).split(":"))
                .map(field -> payload.get(field).asText())
                .collect(Collectors.joining(":"));

        assertThat(event.key()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theKeyIsNotPartOfThePayload(IntegrationEvent event) {
        JsonNode payload = SchemaSupport.MAPPER.valueToTree(event);

        assertThat(payload.has("key")).isFalse();
    }

    @Test
    void settlementDayClosedIsKeyedByItsBusinessDate() {
        assertThat(SampleEvents.anySettlementDayClosed().key()).isEqualTo("2026-11-22");
    }

    @Test
    void partnerBankMessagesAreKeyedByBankCodeAndReference() {
        assertThat(SampleEvents.anyPartnerBankApplicationSubmitted().key()).isEqualTo("ICBC:ICBC-20261122-000123");
        assertThat(SampleEvents.anyApplicationStatusChanged().key()).isEqualTo("ICBC:ICBC-20261122-000123");
    }

    @Test
    void aMicroDepositAnswerIsKeyedByItsApplicationOrByItsMerchant() {
        assertThat(SampleEvents.anyMicroDepositAnswered().key()).isEqualTo(SampleEvents.APPLICATION_ID);
        assertThat(SampleEvents.anyMicroDepositAnsweredForAnAccountChange().key()).isEqualTo(SampleEvents.MERCHANT_NO);
    }

    @Test
    void aReplacementIsKeyedByTheOldSerial() {
        assertThat(SampleEvents.anyTerminalReplaced().key()).isEqualTo(SampleEvents.SERIAL);
    }
}
