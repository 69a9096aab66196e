package io.posflow.kyc.readmodel.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.posflow.kyc.domain.kyccase.KycCaseFailed;
import io.posflow.kyc.domain.kyccase.KycCaseOpened;
import io.posflow.kyc.domain.kyccase.KycCasePassed;
import io.posflow.kyc.domain.kyccase.KycCaseReferred;
import io.posflow.kyc.domain.kyccase.KycCaseStatus;
import io.posflow.kyc.domain.kyccase.KycReason;
import io.posflow.kyc.domain.kyccase.MicroDepositSent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Keeps {@link KycCaseView} up to date. Its processor is subscribing (application.yml): the inbound
 * handlers ask it whether an application has a case inside the transaction that opens one, so it must
 * never lag behind the event store.
 */
@Component
@ProcessingGroup(KycCaseViewProjection.PROCESSING_GROUP)
public class KycCaseViewProjection {

    public static final String PROCESSING_GROUP = "kyc-case-view";

    private final KycCaseViewRepository views;
    private final ObjectMapper json;

    public KycCaseViewProjection(KycCaseViewRepository views, ObjectMapper json) {
        this.views = views;
        this.json = json;
    }

    @EventHandler
    void on(KycCaseOpened event, @SequenceNumber long sequence) {
        if (views.existsById(event.caseId().value())) {
            return;
        }
        views.save(new KycCaseView(event.caseId().value(), event.subjectType(), event.subjectId(), event.round(),
                event.openedAt(), sequence));
    }

    @EventHandler
    void on(MicroDepositSent event, @SequenceNumber long sequence) {
        KycCaseView view = views.findById(event.caseId().value()).orElseThrow(() -> new IllegalStateException(
                "Case " + event.caseId() + " sent a micro-deposit before the view saw it opened"));
        if (!view.hasApplied(sequence)) {
            view.microDepositSent(sequence);
            views.save(view);
        }
    }

    @EventHandler
    void on(KycCasePassed event, @SequenceNumber long sequence) {
        decided(event.caseId().value(), KycCaseStatus.PASSED, List.of(), event.decidedAt(), sequence);
    }

    @EventHandler
    void on(KycCaseFailed event, @SequenceNumber long sequence) {
        decided(event.caseId().value(), KycCaseStatus.FAILED, event.reasons(), event.decidedAt(), sequence);
    }

    @EventHandler
    void on(KycCaseReferred event, @SequenceNumber long sequence) {
        decided(event.caseId().value(), KycCaseStatus.NEEDS_REVIEW, event.reasons(), event.decidedAt(), sequence);
    }

    private void decided(String caseId, KycCaseStatus status, List<KycReason> reasons, Instant decidedAt,
                         long sequence) {
        KycCaseView view = views.findById(caseId).orElseThrow(() -> new IllegalStateException(
                "Case " + caseId + " was decided before the view saw it opened"));
        if (!view.hasApplied(sequence)) {
            view.decided(status, write(reasons), decidedAt, sequence);
            views.save(view);
        }
    }

    private String write(List<KycReason> reasons) {
        try {
            return json.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Reasons are codes and messages and always serialise", e);
        }
    }
}
