package io.posflow.contracts.partnerbank;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * A partner bank submits an application it attested in person (K9). Published by the bank, signed with
 * ECDSA P-256 / SHA-256 over the value bytes (headers {@link PartnerBankHeaders}); onboarding-service
 * consumes it and answers on {@code partner-bank.application-feedback.v1}.
 *
 * <p>The application's personal data arrives in clear, as the bank sends it: onboarding-service seals it on
 * receipt, and the topic's ACLs and retention must treat it as personal data.
 *
 * @param bankCode      the partner bank, e.g. ICBC; never contains ':'
 * @param bankReference the bank's own application reference
 * @param branchCode    the branch where the originals were verified
 * @param staffId       the employee who verified them
 * @param application   the application, as the REST body without channel and FACE_LIVENESS
 */
public record PartnerBankApplicationSubmitted(
        String bankCode,
        String bankReference,
        String branchCode,
        String staffId,
        Instant verifiedInPersonAt,
        PartnerBankApplication application) implements IntegrationEvent {

    public PartnerBankApplicationSubmitted {
        Objects.requireNonNull(bankCode, "bankCode");
        Objects.requireNonNull(bankReference, "bankReference");
        Objects.requireNonNull(branchCode, "branchCode");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(verifiedInPersonAt, "verifiedInPersonAt");
        Objects.requireNonNull(application, "application");
    }

    @JsonIgnore
    @Override
    public String key() {
        return bankCode + ":" + bankReference;
    }
}
