package io.posflow.onboarding.adapter.messaging.outbound;

import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.PartnerBankAttestation;
import io.posflow.contracts.reasons.FieldError;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.onboarding.domain.application.ApplicationApproved;
import io.posflow.onboarding.domain.application.ApplicationDetails;
import io.posflow.onboarding.domain.application.ApplicationInManualReview;
import io.posflow.onboarding.domain.application.ApplicationRejected;
import io.posflow.onboarding.domain.application.ApplicationReturned;
import io.posflow.onboarding.domain.application.ApplicationSubmitted;
import io.posflow.onboarding.domain.application.Applications;
import io.posflow.onboarding.domain.merchant.MerchantNo;
import io.posflow.onboarding.domain.partnerbank.BankReference;
import io.posflow.onboarding.domain.partnerbank.PartnerBankApplicationReceived;
import io.posflow.onboarding.domain.partnerbank.PartnerBankApplicationRefused;
import io.posflow.onboarding.readmodel.state.ApplicationView;
import io.posflow.onboarding.readmodel.state.ApplicationViewRepository;
import io.posflow.platform.messaging.outbound.OutboundMessage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The partner banks' feedback (architecture §4 topic table, §5; O7): what each internal event becomes. */
class PartnerBankFeedbackIntegrationEventsTest {

    private static final String FEEDBACK = "partner-bank.application-feedback.v1";
    private static final Instant AT = Instant.parse("2026-11-22T03:00:00Z");
    private static final BankReference BANK = new BankReference("TESTBANK", "TESTBANK-20261122-000123");
    private static final List<Reason> REASONS = List.of(Reason.of(ReasonCode.FACE_NOT_PASSED));

    private final ApplicationViewRepository views = mock(ApplicationViewRepository.class);
    private final PartnerBankFeedbackIntegrationEvents mapper =
            new PartnerBankFeedbackIntegrationEvents(new IntegrationEventCodec(), views);

    @Test
    void O4_aReceiptIsApplicationReceivedWithTheApplicationId() {
        OutboundMessage m = single(mapper.map(new PartnerBankApplicationReceived(BANK, Applications.ID, AT)));

        assertThat(m.type()).isEqualTo("posflow.onboarding.ApplicationReceived.v1");
        assertThat(value(m)).contains("\"applicationId\":\"" + Applications.ID.value() + "\"");
    }

    @Test
    void DESIGN5_aRefusalIsApplicationRefusedWithEveryFieldAndCode() {
        OutboundMessage m = single(mapper.map(new PartnerBankApplicationRefused(BANK, "partner-bank.applications.v1-0@7",
                List.of(new FieldError("application.merchantName", "MERCHANT_NAME_NO_CITY", "no city"),
                        new FieldError("$", "SIGNATURE_INVALID", "does not verify")), AT)));

        assertThat(m.type()).isEqualTo("posflow.onboarding.ApplicationRefused.v1");
        assertThat(value(m)).contains("\"field\":\"application.merchantName\"", "\"code\":\"MERCHANT_NAME_NO_CITY\"",
                "\"field\":\"$\"", "\"code\":\"SIGNATURE_INVALID\"").doesNotContain("@7");
    }

    @Test
    void O7_aPartnerBankSubmissionIsUnderReviewAndAnApprovalCarriesTheMerchantNumber() {
        ApplicationDetails details = partnerBankDetails();

        OutboundMessage submitted = single(mapper.map(new ApplicationSubmitted(Applications.ID, 1, details, AT, "key")));
        OutboundMessage approved = single(mapper.map(new ApplicationApproved(Applications.ID, 1,
                new MerchantNo("484110054110001"), details, AT)));

        assertThat(value(submitted)).contains("\"status\":\"UNDER_REVIEW\"", "\"reasons\":[]");
        assertThat(value(approved)).contains("\"status\":\"APPROVED\"", "\"merchantNo\":\"484110054110001\"");
    }

    @Test
    void O7_returnedManualReviewAndRejectedCarryTheirReasonsToTheBankOfTheApplication() {
        ApplicationView view = mock(ApplicationView.class);
        when(view.partnerBankKey()).thenReturn(BANK.key());
        when(views.findById(Applications.ID.value())).thenReturn(Optional.of(view));

        List<String> values = List.of(
                value(single(mapper.map(new ApplicationReturned(Applications.ID, 1, REASONS, AT)))),
                value(single(mapper.map(new ApplicationInManualReview(Applications.ID, 1, REASONS, AT)))),
                value(single(mapper.map(new ApplicationRejected(Applications.ID, 1, REASONS, AT)))));

        assertThat(values).zipSatisfy(List.of("RETURNED", "MANUAL_REVIEW", "REJECTED"), (v, status) -> assertThat(v)
                .contains("\"status\":\"" + status + "\"", "\"code\":\"FACE_NOT_PASSED\"",
                        "\"bankReference\":\"TESTBANK-20261122-000123\""));
    }

    @Test
    void applicationsFromOtherChannelsGetNoPartnerBankFeedback() {
        ApplicationView view = mock(ApplicationView.class);
        when(views.findById(Applications.ID.value())).thenReturn(Optional.of(view));

        assertThat(mapper.map(new ApplicationSubmitted(Applications.ID, 1, Applications.anyDetails(), AT, "key"))).isEmpty();
        assertThat(mapper.map(new ApplicationReturned(Applications.ID, 1, REASONS, AT))).isEmpty();
    }

    private static ApplicationDetails partnerBankDetails() {
        ApplicationDetails d = Applications.anyDetails();
        return new ApplicationDetails(Channel.PARTNER_BANK, d.applicantType(), d.merchantName(), d.mcc(),
                d.businessAddress(), d.deviceModel(), d.settlementSpeed(), d.terminalSerialNumber(), d.applicant(),
                d.settlementAccount(), d.businessLicence(), d.materials(), d.signedName(), null,
                new PartnerBankAttestation(BANK.bankCode(), BANK.bankReference(), "110105001", "E2231", AT));
    }

    private static OutboundMessage single(List<OutboundMessage> messages) {
        assertThat(messages).hasSize(1);
        OutboundMessage m = messages.get(0);
        assertThat(m.topic()).isEqualTo(FEEDBACK);
        assertThat(m.key()).isEqualTo(BANK.key());
        return m;
    }

    private static String value(OutboundMessage m) {
        return new String(m.value(), StandardCharsets.UTF_8);
    }
}
