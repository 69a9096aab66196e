package io.posflow.kyc.adapter.provider;

import io.posflow.kyc.domain.checks.BankCardElementAnswer;
import io.posflow.kyc.domain.checks.BankCardElements;
import io.posflow.kyc.domain.checks.FaceMatchRequest;
import io.posflow.kyc.domain.checks.FaceMatchResult;
import io.posflow.kyc.domain.checks.FaceMatcher;
import io.posflow.kyc.domain.checks.ProviderUnavailableException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** architecture §5: the simulators' documented test values. */
class SimulatedProvidersTest {

    private final SimulatedProviders simulators = new SimulatedProviders(Duration.ofSeconds(10));
    private final SimulatedProvider face = simulators.provider(FaceMatcher.PROVIDER).orElseThrow();

    @Test
    void aPhoneEnding0003HangsUntilTheProviderIsRestoredAndIsThenAnswered() throws Exception {
        CompletableFuture<FaceMatchResult> hanging = CompletableFuture.supplyAsync(() -> simulators.face()
                .match(new FaceMatchRequest("11010519491231002X", "doc-1", "13800130003")));
        await().atMost(Duration.ofSeconds(5)).until(() -> face.state().subjectsWaitingForRestore() == 1);
        assertThat(hanging).isNotDone();

        assertThat(face.setAvailable(true).subjectsWaitingForRestore()).isZero();

        assertThat(hanging.get(5, TimeUnit.SECONDS)).isEqualTo(FaceMatchResult.scored(96));
        assertThat(simulators.face().match(new FaceMatchRequest("11010519491231002X", "doc-1", "13800130003")))
                .isEqualTo(FaceMatchResult.scored(96));
    }

    @Test
    void aDownProviderFailsEveryCallAsUnreachableUntilItIsRestored() {
        face.setAvailable(false);

        assertThatThrownBy(() -> simulators.face().match(new FaceMatchRequest("11010519491231002X", "doc-1",
                "13800138000"))).isInstanceOf(ProviderUnavailableException.class);
        assertThat(face.state()).isEqualTo(new SimulatedProvider.State("face", false, 0, 1, 1, 0));

        face.setAvailable(true);
        assertThat(simulators.face().match(new FaceMatchRequest("11010519491231002X", "doc-1", "13800138000")))
                .isEqualTo(FaceMatchResult.scored(96));
    }

    @Test
    void theOtherProvidersStayUpWhenOneIsDown() {
        face.setAvailable(false);

        assertThat(simulators.bankCardElements().verify(new BankCardElements("王小明", "11010519491231002X", "6222020200112233445", "13800138000")))
                .isEqualTo(BankCardElementAnswer.MATCH);
    }
}
