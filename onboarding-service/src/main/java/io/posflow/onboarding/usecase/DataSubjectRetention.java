package io.posflow.onboarding.usecase;

import io.posflow.onboarding.domain.application.ApplicationRejected;
import io.posflow.onboarding.readmodel.state.ApplicationViewProjection;
import io.posflow.platform.pii.SubjectKeyVault;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The applicant's personal data here belongs to the data subject "the application" (architecture §4). A rejected
 * application ends the relationship: the archive duty runs from then, and ops may crypto-shred the subject
 * once it has passed. An approved one continues as a merchant. Runs in the command's transaction
 * (the application view's subscribing processor).
 */
@Component
@ProcessingGroup(ApplicationViewProjection.PROCESSING_GROUP)
public class DataSubjectRetention {

    private final SubjectKeyVault vault;

    public DataSubjectRetention(SubjectKeyVault vault) {
        this.vault = vault;
    }

    @EventHandler
    void on(ApplicationRejected event) {
        vault.relationshipEnded(event.applicationId().value(), event.rejectedAt());
    }
}
