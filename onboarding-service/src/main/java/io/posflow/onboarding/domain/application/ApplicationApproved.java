package io.posflow.onboarding.domain.application;

import io.posflow.onboarding.domain.merchant.MerchantNo;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The application was approved and its merchant number allocated. It carries the approved details so
 * that onboarding the merchant needs nothing but this event.
 */
@Revision("1")
public record ApplicationApproved(ApplicationId applicationId, int round, MerchantNo merchantNo,
                                  ApplicationDetails details, Instant approvedAt) {
}
