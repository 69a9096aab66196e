package io.posflow.kyc.domain.kyccase;

import java.util.List;
import java.util.Objects;

/**
 * The decision the findings of all checks add up to. A definite failure wins over a referral: the
 * applicant fixes it and resubmits, and the next round is checked in full anyway, so only the
 * failures are reported.
 */
public record KycVerdict(KycOutcome outcome, List<KycReason> reasons) {

    public KycVerdict {
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
    }

    public static KycVerdict of(List<Finding> findings) {
        for (KycOutcome outcome : List.of(KycOutcome.FAIL, KycOutcome.REFER)) {
            List<KycReason> reasons = findings.stream()
                    .filter(f -> f.consequence() == outcome)
                    .map(Finding::reason)
                    .toList();
            if (!reasons.isEmpty()) {
                return new KycVerdict(outcome, reasons);
            }
        }
        return new KycVerdict(KycOutcome.PASS, List.of());
    }
}
