package io.posflow.kyc.domain.kyccase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * K10: the other checks of an open case found nothing to fail it, and the micro-deposit was paid to its
 * corporate account; the case now waits for the merchant's answer until {@code answerBy}.
 *
 * @param referrals what the other checks referred (empty when they passed): the case is referred with them
 *                  once the account is confirmed
 */
public record AwaitMicroDeposit(@TargetAggregateIdentifier KycCaseId caseId, long amountFen, Instant sentAt,
                                Instant answerBy, List<KycReason> referrals) {

    public AwaitMicroDeposit {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(answerBy, "answerBy");
        referrals = referrals == null ? List.of() : List.copyOf(referrals);
        if (amountFen < 1 || amountFen > 99) {
            throw new IllegalArgumentException("K10: a micro-deposit is 1 to 99 fen");
        }
        if (!answerBy.isAfter(sentAt)) {
            throw new IllegalArgumentException("answerBy must be after sentAt");
        }
    }
}
