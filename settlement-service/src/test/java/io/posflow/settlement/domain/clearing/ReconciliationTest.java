package io.posflow.settlement.domain.clearing;

import io.posflow.contracts.money.Money;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.posflow.settlement.domain.clearing.Reconciliation.Kind.AMOUNT_MISMATCH;
import static io.posflow.settlement.domain.clearing.Reconciliation.Kind.MISSING_FROM_CLEARING;
import static io.posflow.settlement.domain.clearing.Reconciliation.Kind.UNKNOWN_TO_ACQUIRER;
import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-23");

    @Test
    void S8_aCaptureClearedWithTheSameAmountMatches() {
        Reconciliation r = Reconciliation.of(Map.of("a", fen(100), "b", fen(200)),
                file(item("a", 100), item("b", 200)));

        assertThat(r.matched()).containsExactlyInAnyOrder("a", "b");
        assertThat(r.discrepancies()).isEmpty();
        assertThat(r.held()).isEmpty();
    }

    @Test
    void S8_aCaptureMissingFromTheClearingFileIsHeldNotPaidBlind() {
        Reconciliation r = Reconciliation.of(Map.of("a", fen(100), "b", fen(277)), file(item("a", 100)));

        assertThat(r.matched()).containsExactly("a");
        assertThat(r.held()).containsExactly("b");
        assertThat(r.discrepancies()).containsExactly(
                new Reconciliation.Discrepancy("b", MISSING_FROM_CLEARING, fen(277), null));
    }

    @Test
    void S8_aCaptureClearedWithAnotherAmountIsHeld() {
        Reconciliation r = Reconciliation.of(Map.of("a", fen(100)), file(item("a", 101)));

        assertThat(r.matched()).isEmpty();
        assertThat(r.held()).containsExactly("a");
        assertThat(r.discrepancies()).containsExactly(
                new Reconciliation.Discrepancy("a", AMOUNT_MISMATCH, fen(100), fen(101)));
    }

    @Test
    void S8_anItemOnlyTheSwitchClearedIsReportedAndHoldsNothingOfOurs() {
        Reconciliation r = Reconciliation.of(Map.of("a", fen(100)), file(item("a", 100), item("ghost", 5_000)));

        assertThat(r.matched()).containsExactly("a");
        assertThat(r.held()).isEmpty();
        assertThat(r.discrepancies()).containsExactly(
                new Reconciliation.Discrepancy("ghost", UNKNOWN_TO_ACQUIRER, null, fen(5_000)));
    }

    @Test
    void S8_aLineTwiceInTheSwitchFileIsReported() {
        Reconciliation r = Reconciliation.of(Map.of("a", fen(100)), file(item("a", 100), item("a", 100)));

        assertThat(r.matched()).containsExactly("a");
        assertThat(r.held()).isEmpty();
        assertThat(r.discrepancies()).extracting(Reconciliation.Discrepancy::kind)
                .containsExactly(Reconciliation.Kind.DUPLICATE_IN_CLEARING);
    }

    private static ClearingFile file(ClearingItem... items) {
        return new ClearingFile(DAY, List.of(items));
    }

    private static ClearingItem item(String id, long fen) {
        return new ClearingItem(id, fen(fen));
    }

    private static Money fen(long fen) {
        return Money.ofFen(fen);
    }
}
