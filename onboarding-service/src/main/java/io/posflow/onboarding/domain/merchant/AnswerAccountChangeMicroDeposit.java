package io.posflow.onboarding.domain.merchant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** K10: the merchant states the micro-deposit amount its new corporate account received. */
public record AnswerAccountChangeMicroDeposit(@TargetAggregateIdentifier MerchantNo merchantNo,
                                              AccountChangeId changeId, long amountFen, Instant answeredAt) {

    public AnswerAccountChangeMicroDeposit {
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(changeId, "changeId");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
