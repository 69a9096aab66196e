package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.terminal.domain.terminal.TerminalCaptureTest.RecordingSwitch;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.posflow.terminal.domain.terminal.TerminalFixtures.BOUND_AT;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.MERCHANT;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.NOW;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.SERIAL;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyActivation;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyBinding;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyCodeAccepted;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyCodeIssued;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyRegistration;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.creditCard;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.limits;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.refundOf;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.sale;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.saleCaptured;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.voidOf;
import static org.assertj.core.api.Assertions.assertThat;

/** T5 VOID and REFUND: what may be voided or refunded, and that neither goes over T4's limits. */
class TerminalVoidAndRefundTest {

    private static final TransactionId VOID_TX = TransactionId.of("void-1");
    private static final TransactionId REFUND_TX = TransactionId.of("refund-1");
    private static final TransactionId ORIGINAL = TransactionId.of("sale-1");
    /** Earlier the same Shanghai business date as {@link TerminalFixtures#NOW}. */
    private static final Instant EARLIER_TODAY = NOW.minusSeconds(3600);

    private FixtureConfiguration<Terminal> fixture;
    private final RecordingSwitch cardSwitch = new RecordingSwitch();

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Terminal.class);
        fixture.registerInjectableResource(cardSwitch);
    }

    // VOID

    @Test
    void T5_aSaleIsVoidedOnItsBusinessDateAndTheVoidIsAuthorisedAtTheSwitch() {
        fixture.given(activeWith(saleCaptured("sale-1", 12_345, EARLIER_TODAY)))
                .when(voidOf("void-1", "sale-1", 12_345, false))
                .expectEvents(new SaleVoided(VOID_TX, ORIGINAL, SERIAL, MERCHANT, creditCard(), Money.ofFen(12_345),
                        NOW.minusSeconds(5), NOW, BusinessDay.SHANGHAI.dateOf(NOW)))
                .expectResultMessagePayload(TerminalFixtures.approved(VOID_TX, TransactionPurpose.SALE, NOW));
        assertThat(cardSwitch.asked).singleElement().satisfies(r -> assertThat(r.type()).isEqualTo(TransactionType.VOID));
    }

    @Test
    void T5_aVoidOnAnotherBusinessDateIsRefused() {
        fixture.given(activeWith(saleCaptured("sale-1", 12_345, NOW.minus(Duration.ofDays(1)))))
                .when(voidOf("void-1", "sale-1", 12_345, false))
                .expectEvents(voidDeclined(12_345, ReasonCode.VOID_NOT_ALLOWED))
                .expectResultMessagePayload(TerminalFixtures.declined(VOID_TX, ReasonCode.VOID_NOT_ALLOWED, NOW));
        assertThat(cardSwitch.asked).isEmpty();
    }

    @Test
    void T5_theBusinessDateOfAVoidIsTheShanghaiDateSoJustAfterShanghaiMidnightIsTooLate() {
        // 2026-11-21T15:59:59Z is 23:59:59 on the 21st in Shanghai; NOW (02:15Z on the 22nd) is already the 22nd.
        fixture.given(activeWith(saleCaptured("sale-1", 12_345, Instant.parse("2026-11-21T15:59:59Z"))))
                .when(voidOf("void-1", "sale-1", 12_345, false))
                .expectResultMessagePayload(TerminalFixtures.declined(VOID_TX, ReasonCode.VOID_NOT_ALLOWED, NOW));
    }

    @Test
    void T5_aSaleIsVoidedOnlyOnce() {
        fixture.given(activeWith(saleCaptured("sale-1", 12_345, EARLIER_TODAY),
                        new SaleVoided(TransactionId.of("void-0"), ORIGINAL, SERIAL, MERCHANT, creditCard(),
                                Money.ofFen(12_345), EARLIER_TODAY, EARLIER_TODAY, BusinessDay.SHANGHAI.dateOf(EARLIER_TODAY))))
                .when(voidOf("void-1", "sale-1", 12_345, false))
                .expectEvents(voidDeclined(12_345, ReasonCode.VOID_NOT_ALLOWED));
    }

    @Test
    void T5_aT0MerchantCannotVoid() {
        fixture.given(anyRegistration(), new TerminalBound(SERIAL, MERCHANT, TerminalModel.ESIGN,
                        ApplicantType.PERSONAL, SettlementSpeed.T0, BOUND_AT), anyCodeIssued(), anyCodeAccepted(),
                        anyActivation(), saleCaptured("sale-1", 12_345, EARLIER_TODAY))
                .when(voidOf("void-1", "sale-1", 12_345, false))
                .expectEvents(voidDeclined(12_345, ReasonCode.VOID_NOT_ALLOWED));
    }

    @Test
    void T5_aSaleAlreadySettledCannotBeVoided() {
        fixture.given(activeWith(saleCaptured("sale-1", 12_345, EARLIER_TODAY)))
                .when(voidOf("void-1", "sale-1", 12_345, true))
                .expectEvents(voidDeclined(12_345, ReasonCode.VOID_NOT_ALLOWED));
    }

    @Test
    void T5_theDepositSwipeCannotBeVoided() {
        fixture.given(activeWith(new SaleCaptured(ORIGINAL, SERIAL, MERCHANT, TransactionPurpose.DEPOSIT,
                        creditCard(), Money.ofFen(9_900), ApplicantType.PERSONAL, SettlementSpeed.T1, EARLIER_TODAY,
                        EARLIER_TODAY, BusinessDay.SHANGHAI.dateOf(EARLIER_TODAY))))
                .when(voidOf("void-1", "sale-1", 9_900, false))
                .expectEvents(voidDeclined(9_900, ReasonCode.VOID_NOT_ALLOWED));
    }

    @Test
    void T5_aVoidIsForTheSalesWholeAmount() {
        fixture.given(activeWith(saleCaptured("sale-1", 12_345, EARLIER_TODAY)))
                .when(voidOf("void-1", "sale-1", 12_000, false))
                .expectEvents(voidDeclined(12_000, ReasonCode.VOID_NOT_ALLOWED));
    }

    @Test
    void T5_aTransactionThisTerminalNeverApprovedCannotBeVoided() {
        fixture.given(activeWith())
                .when(voidOf("void-1", "sale-1", 12_345, false))
                .expectEvents(voidDeclined(12_345, ReasonCode.VOID_NOT_ALLOWED));
    }

    @Test
    void T5_aDeregisteredTerminalDeclinesAVoid() {
        fixture.given(activeWith(saleCaptured("sale-1", 12_345, EARLIER_TODAY),
                        new TerminalDeregistered(SERIAL, MERCHANT, EARLIER_TODAY)))
                .when(voidOf("void-1", "sale-1", 12_345, false))
                .expectEvents(voidDeclined(12_345, ReasonCode.TERMINAL_NOT_ACTIVE));
    }

    @Test
    void T4_aVoidIsNotCheckedAgainstTheLimitsEvenWhenTheDayIsFull() {
        // The SALEs approved today already reach the whole 500,000-yuan day (DESIGN's default).
        fixture.given(activeWith(saleCaptured("sale-1", 5_000_000, EARLIER_TODAY),
                        saleCaptured("sale-2", 45_000_000, EARLIER_TODAY)))
                .when(voidOf("void-1", "sale-1", 5_000_000, false))
                .expectResultMessagePayload(TerminalFixtures.approved(VOID_TX, TransactionPurpose.SALE, NOW));
    }

    @Test
    void T7_aTimedOutVoidIsDeclinedAndReversedAndTheSaleStands() {
        cardSwitch.answer = CardSwitch.Authorisation.TIMED_OUT;
        fixture.given(activeWith(saleCaptured("sale-1", 10_013, EARLIER_TODAY)))
                .when(voidOf("void-1", "sale-1", 10_013, false))
                .expectEvents(voidDeclined(10_013, ReasonCode.SWITCH_TIMEOUT),
                        new SwitchReversalRequested(VOID_TX, SERIAL, Money.ofFen(10_013), NOW));
    }

    // REFUND

    @Test
    void T5_aSettledSaleIsRefundedInPart() {
        fixture.given(activeWith(saleCaptured("sale-1", 12_345, EARLIER_TODAY.minus(Duration.ofDays(3)))))
                .when(refundOf("refund-1", "sale-1", 5_000, true))
                .expectEvents(refundCaptured(5_000))
                .expectResultMessagePayload(TerminalFixtures.approved(REFUND_TX, TransactionPurpose.SALE, NOW));
        assertThat(cardSwitch.asked).singleElement()
                .satisfies(r -> assertThat(r.type()).isEqualTo(TransactionType.REFUND));
    }

    @Test
    void T5_refundsOfASaleMayTotalItsAmount() {
        fixture.given(activeWith(saleCaptured("sale-1", 12_345, EARLIER_TODAY), earlierRefund(10_000)))
                .when(refundOf("refund-1", "sale-1", 2_345, true))
                .expectEvents(refundCaptured(2_345));
    }

    @Test
    void T5_refundsOfASaleBeyondItsAmountAreDeclined() {
        fixture.given(activeWith(saleCaptured("sale-1", 12_345, EARLIER_TODAY), earlierRefund(10_000)))
                .when(refundOf("refund-1", "sale-1", 2_346, true))
                .expectEvents(refundDeclined(2_346, ReasonCode.REFUND_EXCEEDS_ORIGINAL))
                .expectResultMessagePayload(TerminalFixtures.declined(REFUND_TX, ReasonCode.REFUND_EXCEEDS_ORIGINAL,
                        NOW));
        assertThat(cardSwitch.asked).isEmpty();
    }

    @Test
    void T5_aSaleNotSettledYetCannotBeRefunded() {
        fixture.given(activeWith(saleCaptured("sale-1", 12_345, EARLIER_TODAY)))
                .when(refundOf("refund-1", "sale-1", 100, false))
                .expectEvents(refundDeclined(100, ReasonCode.REFUND_EXCEEDS_ORIGINAL));
    }

    @Test
    void T5_theDepositSwipeCannotBeRefunded() {
        fixture.given(activeWith(new SaleCaptured(ORIGINAL, SERIAL, MERCHANT, TransactionPurpose.DEPOSIT,
                        creditCard(), Money.ofFen(9_900), ApplicantType.PERSONAL, SettlementSpeed.T1, EARLIER_TODAY,
                        EARLIER_TODAY, BusinessDay.SHANGHAI.dateOf(EARLIER_TODAY))))
                .when(refundOf("refund-1", "sale-1", 9_900, true))
                .expectEvents(refundDeclined(9_900, ReasonCode.REFUND_EXCEEDS_ORIGINAL));
    }

    @Test
    void T5_aVoidedSaleCannotBeRefunded() {
        fixture.given(activeWith(saleCaptured("sale-1", 12_345, EARLIER_TODAY),
                        new SaleVoided(VOID_TX, ORIGINAL, SERIAL, MERCHANT, creditCard(), Money.ofFen(12_345),
                                EARLIER_TODAY, EARLIER_TODAY, BusinessDay.SHANGHAI.dateOf(EARLIER_TODAY))))
                .when(refundOf("refund-1", "sale-1", 12_345, true))
                .expectEvents(refundDeclined(12_345, ReasonCode.REFUND_EXCEEDS_ORIGINAL));
    }

    @Test
    void T5_aRefundedSaleCannotBeVoided() {
        fixture.given(activeWith(saleCaptured("sale-1", 12_345, EARLIER_TODAY), earlierRefund(100)))
                .when(voidOf("void-1", "sale-1", 12_345, false))
                .expectEvents(voidDeclined(12_345, ReasonCode.VOID_NOT_ALLOWED));
    }

    @Test
    void T4_aRefundIsNotCheckedAgainstTheLimits() {
        // 200 yuan approved today is the whole day's limit, and 100 yuan the per-transaction limit.
        fixture.given(activeWith(saleCaptured("sale-1", 10_000, EARLIER_TODAY),
                        saleCaptured("sale-2", 10_000, EARLIER_TODAY)))
                .when(refundOf("refund-1", "sale-1", 10_000, true))
                .expectEvents(refundCaptured(10_000));
    }

    @Test
    void T4_aRefundDoesNotAddToTheDaysTotal() {
        // 150 yuan of SALEs and a 100-yuan refund today: 50 yuan more still fits the 200-yuan day.
        fixture.given(activeWith(saleCaptured("sale-1", 10_000, EARLIER_TODAY),
                        saleCaptured("sale-2", 5_000, EARLIER_TODAY), earlierRefund(10_000)))
                .when(sale("sale-3", creditCard(), 5_000, LIMITS, NOW))
                .expectResultMessagePayload(TerminalFixtures.approved(TransactionId.of("sale-3"), TransactionPurpose.SALE,
                        NOW));
    }

    @Test
    void T5_aNegativeRefundIsRefusedAndCannotGiveBackWhatWasRefunded() {
        fixture.given(activeWith(saleCaptured("sale-1", 12_345, EARLIER_TODAY), earlierRefund(10_000)))
                .when(refundOf("refund-1", "sale-1", -10_000, true))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
        assertThat(cardSwitch.asked).isEmpty();
    }

    @Test
    void T7_aTimedOutRefundIsDeclinedAndReversed() {
        cardSwitch.answer = CardSwitch.Authorisation.TIMED_OUT;
        fixture.given(activeWith(saleCaptured("sale-1", 12_345, EARLIER_TODAY)))
                .when(refundOf("refund-1", "sale-1", 10_013, true))
                .expectEvents(refundDeclined(10_013, ReasonCode.SWITCH_TIMEOUT),
                        new SwitchReversalRequested(REFUND_TX, SERIAL, Money.ofFen(10_013), NOW));
    }

    /** 100 yuan per transaction, 200 yuan per business day. */
    private static final LimitsByApplicantType LIMITS = limits(new Limits(Money.ofFen(10_000), Money.ofFen(20_000)));

    private static Object[] activeWith(Object... more) {
        Object[] active = {anyRegistration(), anyBinding(), anyCodeIssued(), anyCodeAccepted(), anyActivation()};
        Object[] all = new Object[active.length + more.length];
        System.arraycopy(active, 0, all, 0, active.length);
        System.arraycopy(more, 0, all, active.length, more.length);
        return all;
    }

    private static RefundCaptured earlierRefund(long amountFen) {
        return new RefundCaptured(TransactionId.of("refund-0"), ORIGINAL, SERIAL, MERCHANT, creditCard(),
                Money.ofFen(amountFen), ApplicantType.PERSONAL, SettlementSpeed.T1, EARLIER_TODAY, EARLIER_TODAY,
                BusinessDay.SHANGHAI.dateOf(EARLIER_TODAY));
    }

    private static RefundCaptured refundCaptured(long amountFen) {
        return new RefundCaptured(REFUND_TX, ORIGINAL, SERIAL, MERCHANT, creditCard(), Money.ofFen(amountFen),
                ApplicantType.PERSONAL, SettlementSpeed.T1, NOW.minusSeconds(5), NOW, BusinessDay.SHANGHAI.dateOf(NOW));
    }

    private static VoidDeclined voidDeclined(long amountFen, ReasonCode reason) {
        return new VoidDeclined(VOID_TX, ORIGINAL, SERIAL, MERCHANT, creditCard(), Money.ofFen(amountFen), reason, NOW);
    }

    private static RefundDeclined refundDeclined(long amountFen, ReasonCode reason) {
        return new RefundDeclined(REFUND_TX, ORIGINAL, SERIAL, MERCHANT, creditCard(), Money.ofFen(amountFen), reason,
                NOW);
    }
}
