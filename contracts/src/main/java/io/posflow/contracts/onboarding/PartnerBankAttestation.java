package io.posflow.contracts.onboarding;

import java.time.Instant;
import java.util.Objects;

/**
 * Who vouched for a PARTNER_BANK application: the bank's staff verified the originals in person (K9).
 *
 * @param bankCode           e.g. ICBC
 * @param bankReference      the bank's own application reference
 * @param branchCode         the branch where the originals were seen
 * @param staffId            the bank employee who verified them
 * @param verifiedInPersonAt when
 */
public record PartnerBankAttestation(String bankCode, String bankReference, String branchCode, String staffId,
                                     Instant verifiedInPersonAt) {

    public PartnerBankAttestation {
        Objects.requireNonNull(bankCode, "bankCode");
        Objects.requireNonNull(bankReference, "bankReference");
        Objects.requireNonNull(branchCode, "branchCode");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(verifiedInPersonAt, "verifiedInPersonAt");
    }
}
