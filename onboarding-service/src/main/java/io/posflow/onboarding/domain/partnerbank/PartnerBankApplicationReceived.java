package io.posflow.onboarding.domain.partnerbank;

import io.posflow.onboarding.domain.application.ApplicationId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A partner bank's message was taken as the application {@code applicationId}: recorded for every accepted
 * message, a repeated one included, and published as ApplicationReceived.
 */
@Revision("1")
public record PartnerBankApplicationReceived(BankReference bank, ApplicationId applicationId, Instant receivedAt) {
}
