package io.posflow.onboarding.adapter.messaging.inbound;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.kyc.KycFailed;
import io.posflow.contracts.kyc.KycNeedsReview;
import io.posflow.contracts.kyc.KycPassed;
import io.posflow.contracts.kyc.KycSubjectType;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.onboarding.domain.merchant.AccountChangeId;
import io.posflow.onboarding.domain.merchant.FailSettlementAccountChange;
import io.posflow.onboarding.domain.merchant.MerchantNo;
import io.posflow.onboarding.domain.merchant.VerifySettlementAccountChange;
import io.posflow.onboarding.readmodel.state.AccountChangeView;
import io.posflow.onboarding.readmodel.state.AccountChangeViewRepository;
import io.posflow.onboarding.usecase.intake.KycVerdictReferences;
import io.posflow.platform.messaging.inbound.ReferenceNotYetKnownException;
import io.posflow.platform.messaging.inbound.UnreadableMessageException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * KYC verdicts on settlement account changes (O10): passed → the change is verified, effective from the next
 * Asia/Shanghai midnight after this service records it; failed → FAILED with kyc's reasons. A change
 * needs no manual review: a referral (an inconclusive bank answer) also fails it, with
 * {@code ACCOUNT_NOT_VERIFIED} added, and the merchant may request again (docs/adr/0015).
 */
@Component
public class AccountChangeVerdicts {

    private final AccountChangeViewRepository changes;
    private final CommandGateway commands;

    public AccountChangeVerdicts(AccountChangeViewRepository changes, CommandGateway commands) {
        this.changes = changes;
        this.commands = commands;
    }

    /** @param now the time this service records the verdict */
    void apply(IntegrationEvent event, Instant now) {
        if (event instanceof KycPassed passed && isAccountChange(passed.subjectType())) {
            AccountChangeView change = known(passed.subjectId());
            commands.sendAndWait(new VerifySettlementAccountChange(new MerchantNo(change.merchantNo()),
                    new AccountChangeId(change.changeId()), now));
        } else if (event instanceof KycFailed failed && isAccountChange(failed.subjectType())) {
            fail(known(failed.subjectId()), failed.reasons(), now);
        } else if (event instanceof KycNeedsReview review && isAccountChange(review.subjectType())) {
            List<Reason> reasons = new ArrayList<>(review.reasons());
            reasons.add(Reason.of(ReasonCode.ACCOUNT_NOT_VERIFIED));
            fail(known(review.subjectId()), reasons, now);
        }
    }

    private void fail(AccountChangeView change, List<Reason> reasons, Instant now) {
        commands.sendAndWait(new FailSettlementAccountChange(new MerchantNo(change.merchantNo()),
                new AccountChangeId(change.changeId()), reasons.isEmpty()
                ? List.of(Reason.of(ReasonCode.ACCOUNT_NOT_VERIFIED)) : reasons, now));
    }

    private static boolean isAccountChange(KycSubjectType subjectType) {
        return subjectType == KycSubjectType.ACCOUNT_CHANGE;
    }

    private AccountChangeView known(String subjectId) {
        if (!AccountChangeId.isValid(subjectId)) {
            throw new UnreadableMessageException("SUBJECT_INVALID", "The subjectId is not an account change id");
        }
        AccountChangeId id = new AccountChangeId(subjectId);
        return changes.findById(id.value())
                .orElseThrow(() -> new ReferenceNotYetKnownException(KycVerdictReferences.accountChange(id)));
    }
}
