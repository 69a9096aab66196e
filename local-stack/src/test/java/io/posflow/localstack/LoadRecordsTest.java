package io.posflow.localstack;

import io.posflow.localstack.LoadRecords.LoadMerchant;
import io.posflow.localstack.LoadRecords.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: what a load run leaves in the data folder for the next one. */
class LoadRecordsTest {

    @TempDir
    Path data;

    private static final LoadMerchant MERCHANT = new LoadMerchant(new Walkthrough.Merchant("LKLE000000000001", "app-1",
            "898110054110001", "13900000000", "110105198501011234", "王小明", "6222020000000000000",
            "6258070000000000"), "T0", "2026-12-01T00:00:00Z", "2027-01-30T00:00:00Z");
    private static final Transaction SALE = new Transaction("t1", "LKLE000000000001", "SALE", null, 12_345,
            "2026-12-04T03:00:00.123Z", "2026-12-04", Payment.card("CREDIT", "6258071234567890", "李伟"));
    private static final Transaction REFUND = new Transaction("t2", "LKLE000000000001", "REFUND", "t1", 345,
            "2026-12-07T03:00:00Z", "2026-12-07", Payment.qr("UNIONPAY", "DEBIT"));

    @Test
    void aFolderWithoutRecordsHoldsNothingYet() {
        LoadRecords records = new LoadRecords(data.resolve("load"));

        assertThat(records.merchants()).isEmpty();
        assertThat(records.transactions()).isEmpty();
        assertThat(records.unsettled()).isEmpty();
    }

    @Test
    void aMerchantOnRecordReadsBackAsItWasWrittenAndTheNextRunAddsToIt() {
        new LoadRecords(data).add(MERCHANT);
        LoadMerchant second = new LoadMerchant(MERCHANT.merchant(), "T1", MERCHANT.windowStart(), MERCHANT.windowEnd());
        new LoadRecords(data).add(second);

        assertThat(new LoadRecords(data).merchants()).containsExactly(MERCHANT, second);
    }

    @Test
    void everyRunsApprovedTransactionsAddUpInTheLedger() {
        try (LoadRecords.Ledger ledger = new LoadRecords(data).transactionLedger()) {
            ledger.add(SALE);
        }
        try (LoadRecords.Ledger ledger = new LoadRecords(data).transactionLedger()) {
            ledger.add(REFUND);
        }

        assertThat(new LoadRecords(data).transactions()).containsExactly(SALE, REFUND);
    }

    @Test
    void whatIsLeftUnsettledIsReplacedWhole() {
        LoadRecords records = new LoadRecords(data);
        records.unsettled(List.of(SALE, REFUND));
        records.unsettled(List.of(REFUND));

        assertThat(records.unsettled()).containsExactly(REFUND);
    }

    @Test
    void aTransactionCountsTowardsTheDepositOnlyInsideItsWindow() {
        assertThat(MERCHANT.inWindow("2026-12-01T00:00:00Z")).isTrue();
        assertThat(MERCHANT.inWindow("2026-11-30T23:59:59.999Z")).isFalse();
        assertThat(MERCHANT.inWindow("2027-01-30T00:00:00Z")).isFalse();
    }
}
