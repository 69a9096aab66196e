package io.posflow.localstack;

import io.posflow.localstack.LoadReconciliation.Counted;
import io.posflow.localstack.LoadReconciliation.Settled;
import io.posflow.localstack.LoadReconciliation.Sum;
import io.posflow.localstack.LoadRecords.LoadMerchant;
import io.posflow.localstack.LoadRecords.Transaction;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: the load run's reconciliation to the fen. */
class LoadReconciliationTest {

    private static final String SN = "LKLE000000000001";
    private static final LoadMerchant MERCHANT = new LoadMerchant(new Walkthrough.Merchant(SN, "app-1",
            "898110054110001", "13900000000", "110105198501011234", "王小明", "6222020000000000000",
            "6258070000000000"), "T1", "2026-12-01T00:00:00Z", "2027-01-30T00:00:00Z");
    private static final Map<String, LoadMerchant> MERCHANTS = Map.of(SN, MERCHANT);

    private final Map<String, Settled> settled = new HashMap<>();

    @Test
    void approvedSalesAreSettledPlusHeldPlusVoidedPlusPendingInCountAndInFen() {
        Transaction settledSale = sale("s1", 1_000);
        Transaction heldSale = sale("s2", 2_077);
        Transaction voidedSale = sale("s3", 300);
        Transaction pendingSale = sale("s4", 40);
        settle(settledSale, 1_000);

        LoadReconciliation.Figures f = figures(List.of(settledSale, heldSale, voidedSale, voidOf(voidedSale),
                pendingSale), Set.of("s2"));

        assertThat(f.sales().approved()).isEqualTo(new Sum(4, 3_417));
        assertThat(f.sales().settled()).isEqualTo(new Sum(1, 1_000));
        assertThat(f.sales().held()).isEqualTo(new Sum(1, 2_077));
        assertThat(f.sales().voided()).isEqualTo(new Sum(1, 300));
        assertThat(f.sales().pending()).isEqualTo(new Sum(1, 40));
        assertThat(f.sales().addsUp()).isTrue();
        assertThat(f.failures()).contains("1 approved transactions not settled");
    }

    @Test
    void everySaleSettledOnceOfItsAmountHeldOrVoidedReconciles() {
        Transaction a = sale("s1", 1_000);
        Transaction b = sale("s2", 2_000);
        settle(a, 1_000);
        settle(b, 2_000);

        LoadReconciliation.Figures f = figures(List.of(a, b), Set.of(), Map.of(SN, counted(2, 3_000)));

        assertThat(f.failures()).isEmpty();
        assertThat(report(f)).contains("RECONCILED", "approved 2 (30.00 yuan) = settled once 2 (30.00 yuan)");
    }

    @Test
    void aSaleSettledTwiceDoesNotReconcileThoughARedeliveryOfTheSameEventDoes() {
        Transaction a = sale("s1", 1_000);
        settled.put("s1", new Settled(SN, 1_000, Set.of("event-1", "event-2"), 1));

        assertThat(figures(List.of(a), Set.of()).failures()).contains("1 settled more than once");
    }

    @Test
    void aSettledAmountOtherThanTheApprovedOneDoesNotReconcile() {
        Transaction a = sale("s1", 1_000);
        settle(a, 999);

        assertThat(figures(List.of(a), Set.of()).amountDiffers()).containsExactly("s1 (1000 approved, 999 settled)");
    }

    @Test
    void aVoidedSaleThatSettledAnywayDoesNotReconcile() {
        Transaction a = sale("s1", 1_000);
        settle(a, 1_000);

        LoadReconciliation.Figures f = figures(List.of(a, voidOf(a)), Set.of());

        assertThat(f.sales().voided()).isEqualTo(new Sum(1, 1_000));
        assertThat(f.failures()).contains("1 settled though voided");
    }

    @Test
    void aHeldSaleIsNeitherSettledNorCountedTowardsTheDeposit() {
        Transaction held = sale("s1", 2_077);

        LoadReconciliation.Figures f = figures(List.of(held), Set.of("s1"), Map.of(SN, counted(0, 0)));

        assertThat(f.sales().held()).isEqualTo(new Sum(1, 2_077));
        assertThat(f.failures()).isEmpty();
    }

    @Test
    void aT0SaleSettledAtCaptureAndListedAsHeldAfterwardsCountsAsSettledAndTowardsTheDeposit() {
        LoadMerchant t0 = new LoadMerchant(MERCHANT.merchant(), "T0", MERCHANT.windowStart(), MERCHANT.windowEnd());
        Transaction sale = sale("s1", 1_477);
        settle(sale, 1_477);

        LoadReconciliation.Figures f = LoadReconciliation.of(List.of(sale), List.of(sale), settled, Set.of("s1"),
                Map.of(SN, t0), Map.of(SN, counted(1, 1_477)));

        assertThat(f.sales().settled()).isEqualTo(new Sum(1, 1_477));
        assertThat(f.settledThenHeld()).containsExactly("s1");
        assertThat(f.failures()).isEmpty();
    }

    @Test
    void aRefundSettlesAsANegativeAmount() {
        Transaction refund = transaction("r1", "REFUND", "s0", 500, "2026-12-04T03:00:00Z");
        settle(refund, -500);

        LoadReconciliation.Figures f = figures(List.of(refund), Set.of(), Map.of(SN, counted(1, -500)));

        assertThat(f.refunds().settled()).isEqualTo(new Sum(1, 500));
        assertThat(f.failures()).isEmpty();
    }

    @Test
    void aSettlementOnTheseTerminalsThatNoDeviceHeardApprovedDoesNotReconcile() {
        settled.put("stranger", new Settled(SN, 700, Set.of("event-9"), 1));

        assertThat(figures(List.of(), Set.of()).settledWithoutApproval()).containsExactly("stranger");
    }

    @Test
    void theDepositCountsSalesLessRefundsInsideItsWindowButNoVoidedOrHeldSaleOverEveryRun() {
        List<Transaction> all = new ArrayList<>(List.of(
                sale("earlier-run", 10_000),
                transaction("before-window", "SALE", null, 7_000, "2026-11-30T23:59:59Z"),
                transaction("after-window", "SALE", null, 7_000, "2027-01-30T00:00:00Z"),
                sale("held", 2_077),
                sale("voided", 300),
                transaction("refund", "REFUND", "earlier-run", 2_500, "2026-12-05T01:00:00Z"),
                new Transaction("other-terminal", "LKLE000000000002", "SALE", null, 9_999, "2026-12-04T03:00:00Z",
                        "2026-12-04", Payment.qr("ALIPAY", null))));
        all.add(voidOf(all.get(4)));

        Map<String, Sum> expected = LoadReconciliation.expectedVolumes(all, Set.of("held"), MERCHANTS);

        assertThat(expected).containsExactly(Map.entry(SN, new Sum(2, 7_500)));
    }

    @Test
    void aDepositCountingOtherwiseDoesNotReconcile() {
        Transaction a = sale("s1", 1_000);
        settle(a, 1_000);

        LoadReconciliation.Figures f = figures(List.of(a), Set.of(), Map.of(SN, counted(1, 900)));

        assertThat(f.failures()).containsExactly("1 deposit volumes disagree");
        assertThat(report(f)).contains("NOT RECONCILED", "expected 1 / 10.00 yuan, counted 1 / 9.00 yuan");
    }

    private LoadReconciliation.Figures figures(List<Transaction> due, Set<String> held) {
        return figures(due, held, Map.of(SN, counted(0, 0)));
    }

    private LoadReconciliation.Figures figures(List<Transaction> due, Set<String> held, Map<String, Counted> counted) {
        return LoadReconciliation.of(due, due, settled, held, MERCHANTS, counted);
    }

    private void settle(Transaction t, long amountFen) {
        settled.put(t.transactionId(), new Settled(t.serialNumber(), amountFen, Set.of("event-" + t.transactionId()), 1));
    }

    private static Counted counted(long count, long fen) {
        return new Counted(new Sum(count, fen), "HELD");
    }

    private static Transaction sale(String id, long fen) {
        return transaction(id, "SALE", null, fen, "2026-12-04T03:00:00Z");
    }

    private static Transaction voidOf(Transaction sale) {
        return transaction("void-" + sale.transactionId(), "VOID", sale.transactionId(), sale.amountFen(),
                sale.capturedAt());
    }

    private static Transaction transaction(String id, String type, String original, long fen, String capturedAt) {
        return new Transaction(id, SN, type, original, fen, capturedAt, capturedAt.substring(0, 10),
                Payment.qr("WECHAT", null));
    }

    private static String report(LoadReconciliation.Figures f) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LoadReconciliation.report(f, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
