package io.posflow.contracts.onboarding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.kyc.KycSubjectType;
import java.time.Instant;
import java.util.Objects;

/**
 * The merchant stated the micro-deposit amount it received on its corporate account (K10); kyc-service
 * compares it. Published on {@code onboarding.applications.v1} for an APPLICATION and on
 * {@code onboarding.merchants.v1} for an ACCOUNT_CHANGE.
 *
 * @param subjectId  the application id, or the settlement account change id
 * @param merchantNo present for an ACCOUNT_CHANGE: the key on {@code onboarding.merchants.v1}
 * @param amountFen  the amount the merchant entered
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MicroDepositAnswered(KycSubjectType subjectType, String subjectId, String caseId, long amountFen,
                                   Instant answeredAt, String merchantNo) implements IntegrationEvent {

    public MicroDepositAnswered {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (subjectType == KycSubjectType.ACCOUNT_CHANGE) {
            Objects.requireNonNull(merchantNo, "merchantNo is required for an ACCOUNT_CHANGE");
        }
    }

    /** The application id for an APPLICATION, the merchant number for an ACCOUNT_CHANGE. */
    @JsonIgnore
    @Override
    public String key() {
        return subjectType == KycSubjectType.APPLICATION ? subjectId : merchantNo;
    }
}
