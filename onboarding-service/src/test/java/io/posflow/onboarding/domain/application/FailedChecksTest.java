package io.posflow.onboarding.domain.application;

import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FailedChecksTest {

    @Test
    void O7_aBlacklistHitIsFinalEvenAmongFixableProblems() {
        assertThat(FailedChecks.areFinal(List.of(Reason.of(ReasonCode.NAME_MISMATCH),
                Reason.of(ReasonCode.BLACKLISTED)))).isTrue();
    }

    @Test
    void O7_problemsWithoutABlacklistHitCanBeFixed() {
        assertThat(FailedChecks.areFinal(List.of(Reason.of(ReasonCode.NAME_MISMATCH),
                Reason.of(ReasonCode.SCENE_PROOF_INSUFFICIENT)))).isFalse();
    }
}
