package io.posflow.onboarding.domain.partnerbank;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** architecture §4: the partner-bank key {@code bankCode:bankReference}, and the application it names (ADR 14). */
class BankReferenceTest {

    @Test
    void aKeyIsSplitAtItsFirstColon() {
        assertThat(BankReference.parse("TESTBANK:REF:2026")).contains(new BankReference("TESTBANK", "REF:2026"));
        assertThat(BankReference.parse("TESTBANK")).isEmpty();
        assertThat(BankReference.parse(":REF")).isEmpty();
        assertThat(BankReference.parse("TESTBANK:")).isEmpty();
        assertThat(BankReference.parse(null)).isEmpty();
    }

    @Test
    void O4_theSameBankReferenceAlwaysNamesTheSameApplicationAndAnotherOneAnother() {
        BankReference bank = new BankReference("TESTBANK", "TESTBANK-20261122-000123");

        assertThat(bank.applicationId()).isEqualTo(new BankReference("TESTBANK", "TESTBANK-20261122-000123")
                .applicationId());
        assertThat(bank.applicationId()).isNotEqualTo(new BankReference("TESTBANK", "TESTBANK-20261122-000124")
                .applicationId());
        assertThat(bank.applicationId()).isNotEqualTo(new BankReference("OTHERBANK", "TESTBANK-20261122-000123")
                .applicationId());
    }
}
