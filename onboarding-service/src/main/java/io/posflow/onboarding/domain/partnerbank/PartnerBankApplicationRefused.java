package io.posflow.onboarding.domain.partnerbank;

import io.posflow.contracts.reasons.FieldError;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A partner bank's message was refused: a bad or missing signature, an unreadable message, or format
 * problems (every one, by field and code; no submitted value). Published as ApplicationRefused.
 *
 * @param messageId the refused message's {@code ce_id}, or {@code topic-partition@offset} without one
 */
@Revision("1")
public record PartnerBankApplicationRefused(BankReference bank, String messageId, List<FieldError> errors,
                                            Instant refusedAt) {

    public PartnerBankApplicationRefused {
        errors = List.copyOf(errors);
    }
}
