package io.posflow.onboarding.readmodel.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.posflow.onboarding.domain.application.ApplicationApproved;
import io.posflow.onboarding.domain.application.ApplicationId;
import io.posflow.onboarding.domain.application.ApplicationInManualReview;
import io.posflow.onboarding.domain.application.ApplicationRejected;
import io.posflow.onboarding.domain.application.ApplicationResubmitted;
import io.posflow.onboarding.domain.application.ApplicationReturned;
import io.posflow.onboarding.domain.application.ApplicationStatus;
import io.posflow.onboarding.domain.application.ApplicationSubmitted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps {@link ApplicationView} up to date. It runs in the command's transaction (a subscribing
 * processor, see application.yml), so an application is visible, and known to the inbound KYC
 * handler, as soon as its submission commits. Updates are keyed by the aggregate sequence number,
 * so applying an event twice changes nothing.
 */
@Component
@ProcessingGroup(ApplicationViewProjection.PROCESSING_GROUP)
public class ApplicationViewProjection {

    public static final String PROCESSING_GROUP = "application-view";

    private final ApplicationViewRepository views;
    private final ObjectMapper json;

    public ApplicationViewProjection(ApplicationViewRepository views, ObjectMapper json) {
        this.views = views;
        this.json = json;
    }

    @EventHandler
    void on(ApplicationSubmitted event, @SequenceNumber long sequence) {
        update(event.applicationId(), sequence, v -> {
            v.apply(sequence, ApplicationStatus.UNDER_REVIEW, event.round(), List.of(), event.submittedAt());
            v.describe(event.details(), json);
        });
    }

    @EventHandler
    void on(ApplicationResubmitted event, @SequenceNumber long sequence) {
        update(event.applicationId(), sequence, v -> {
            v.apply(sequence, ApplicationStatus.UNDER_REVIEW, event.round(), List.of(), event.resubmittedAt());
            v.describe(event.details(), json);
        });
    }

    @EventHandler
    void on(ApplicationApproved event, @SequenceNumber long sequence) {
        update(event.applicationId(), sequence, v -> v.approve(sequence, event.round(),
                event.merchantNo().value(), event.approvedAt()));
    }

    @EventHandler
    void on(ApplicationReturned event, @SequenceNumber long sequence) {
        update(event.applicationId(), sequence, v -> v.apply(sequence, ApplicationStatus.RETURNED, event.round(),
                event.reasons(), event.returnedAt()));
    }

    @EventHandler
    void on(ApplicationRejected event, @SequenceNumber long sequence) {
        update(event.applicationId(), sequence, v -> v.apply(sequence, ApplicationStatus.REJECTED, event.round(),
                event.reasons(), event.rejectedAt()));
    }

    @EventHandler
    void on(ApplicationInManualReview event, @SequenceNumber long sequence) {
        update(event.applicationId(), sequence, v -> v.apply(sequence, ApplicationStatus.MANUAL_REVIEW,
                event.round(), event.reasons(), event.referredAt()));
    }

    private void update(ApplicationId id, long sequence, Consumer<ApplicationView> change) {
        ApplicationView view = views.findById(id.value()).orElseGet(() -> new ApplicationView(id.value()));
        if (view.isNew(sequence)) {
            change.accept(view);
            views.save(view);
        }
    }
}
