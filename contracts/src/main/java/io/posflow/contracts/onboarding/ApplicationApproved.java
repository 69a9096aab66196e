package io.posflow.contracts.onboarding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * The application was approved and the merchant number allocated (O9); MerchantOnboarded follows on
 * {@code onboarding.merchants.v1}.
 *
 * @param merchantNo 15 digits: 3 institution + 4 area + 4 MCC + 4 sequence
 */
public record ApplicationApproved(String applicationId, String merchantNo, Instant approvedAt)
        implements IntegrationEvent {

    public ApplicationApproved {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(approvedAt, "approvedAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return applicationId;
    }
}
