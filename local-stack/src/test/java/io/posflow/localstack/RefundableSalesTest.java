package io.posflow.localstack;

import io.posflow.localstack.LoadRecords.LoadMerchant;
import io.posflow.localstack.LoadRecords.Transaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: a load run refunds earlier runs' settled sales, each at most once, on its card (T5). */
class RefundableSalesTest {

    private static final String SN = "LKLE000000000001";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    private static final List<LoadMerchant> MERCHANTS = List.of(new LoadMerchant(new Walkthrough.Merchant(SN, "app-1",
            "898110054110001", "13900000000", "110105198501011234", "王小明", "6222020000000000000",
            "6258070000000000"), "T1", "2026-12-01T00:00:00Z", "2027-01-30T00:00:00Z"));

    @Test
    void onlyEarlierSettledSalesOfTheseTerminalsNotVoidedHeldOrRefundedYetAreRefundable() {
        List<Transaction> history = List.of(
                sale("refundable", SN, "2026-12-07"),
                sale("today", SN, "2026-12-08"),
                sale("held", SN, "2026-12-07"),
                sale("voided", SN, "2026-12-07"),
                new Transaction("v", SN, "VOID", "voided", 100, "2026-12-07T03:00:00Z", "2026-12-07", null),
                sale("refunded", SN, "2026-12-04"),
                new Transaction("r", SN, "REFUND", "refunded", 50, "2026-12-07T03:00:00Z", "2026-12-07", null),
                sale("unsettled", SN, "2026-12-07"),
                sale("another-terminal", "LKLE000000000002", "2026-12-07"));

        List<Transaction> refundable = Load.refundable(history, List.of(history.get(7)), Set.of("held"), MERCHANTS,
                TODAY, new Random(1), 10);

        assertThat(refundable).extracting(Transaction::transactionId).containsExactly("refundable");
    }

    @Test
    void atMostTheGivenNumberIsTakenDrawnByTheSeed() {
        List<Transaction> history = List.of(sale("a", SN, "2026-12-01"), sale("b", SN, "2026-12-02"),
                sale("c", SN, "2026-12-03"), sale("d", SN, "2026-12-04"));

        List<Transaction> two = Load.refundable(history, List.of(), Set.of(), MERCHANTS, TODAY, new Random(3), 2);

        assertThat(two).hasSize(2)
                .isEqualTo(Load.refundable(history, List.of(), Set.of(), MERCHANTS, TODAY, new Random(3), 2));
    }

    private static Transaction sale(String id, String serial, String businessDate) {
        return new Transaction(id, serial, "SALE", null, 100, businessDate + "T03:00:00Z", businessDate,
                Payment.card("DEBIT", "6222021234567890123", "张伟"));
    }
}
