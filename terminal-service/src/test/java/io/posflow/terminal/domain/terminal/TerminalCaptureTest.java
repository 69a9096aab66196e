package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.reasons.ReasonCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.posflow.terminal.domain.terminal.TerminalFixtures.BOUND_AT;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.ESIGN_DEPOSIT;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.LIMITS;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.MERCHANT;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.NOW;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.SERIAL;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyActivation;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyBinding;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyCodeAccepted;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyCodeIssued;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyRegistration;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.creditCard;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.debitCardDeclaredCredit;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.limits;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.sale;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.wechat;
import static org.assertj.core.api.Assertions.assertThat;

/** T3 deposit swipe, T4 limits, T5 capture, T7 authorisation. */
class TerminalCaptureTest {

    private static final TransactionId TX = TransactionId.of("tx-1");

    private FixtureConfiguration<Terminal> fixture;
    private final RecordingSwitch cardSwitch = new RecordingSwitch();

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Terminal.class);
        fixture.registerInjectableResource(cardSwitch);
    }

    @Test
    void T3_aDebitCardCannotPayTheDeposit() {
        fixture.given(awaitingDeposit())
                .when(sale("tx-1", debitCardDeclaredCredit(), 9_900))
                .expectEvents(new SaleDeclined(TX, SERIAL, MERCHANT, debitCardDeclaredCredit(), ESIGN_DEPOSIT,
                        ReasonCode.DEPOSIT_CARD_NOT_CREDIT, NOW))
                .expectResultMessagePayload(TerminalFixtures.declined(TX, ReasonCode.DEPOSIT_CARD_NOT_CREDIT, NOW));
        assertThat(cardSwitch.asked).isEmpty();
    }

    @Test
    void T3_aQrPaymentCannotPayTheDeposit() {
        fixture.given(awaitingDeposit())
                .when(sale("tx-1", wechat(), 9_900))
                .expectEvents(new SaleDeclined(TX, SERIAL, MERCHANT, wechat(), ESIGN_DEPOSIT,
                        ReasonCode.DEPOSIT_CARD_NOT_CREDIT, NOW));
    }

    @Test
    void T3_theDepositMustBeExactlyTheModelsAmount() {
        fixture.given(awaitingDeposit())
                .when(sale("tx-1", creditCard(), 9_901))
                .expectEvents(new SaleDeclined(TX, SERIAL, MERCHANT, creditCard(), Money.ofFen(9_901),
                        ReasonCode.DEPOSIT_AMOUNT_WRONG, NOW))
                .expectResultMessagePayload(TerminalFixtures.declined(TX, ReasonCode.DEPOSIT_AMOUNT_WRONG, NOW));
    }

    @Test
    void T3_aDeclinedDepositSwipeLeavesTheTerminalAwaitingItsDeposit() {
        fixture.given(awaitingDeposit())
                .andGivenCommands(sale("tx-0", creditCard(), 100))
                .when(sale("tx-1", creditCard(), 9_900))
                .expectEvents(depositCaptured(), activated());
    }

    @Test
    void T3_theDepositSwipeActivatesTheTerminal() {
        fixture.given(awaitingDeposit())
                .when(sale("tx-1", creditCard(), 9_900))
                .expectEvents(depositCaptured(), activated())
                .expectResultMessagePayload(TerminalFixtures.approved(TX, TransactionPurpose.DEPOSIT, NOW));
    }

    @Test
    void T5_anActiveTerminalCapturesASale() {
        fixture.given(active())
                .when(sale("tx-1", creditCard(), 12_345))
                .expectEvents(new SaleCaptured(TX, SERIAL, MERCHANT, TransactionPurpose.SALE, creditCard(),
                        Money.ofFen(12_345), ApplicantType.PERSONAL, SettlementSpeed.T1, NOW.minusSeconds(5), NOW,
                        BusinessDay.SHANGHAI.dateOf(NOW)))
                .expectResultMessagePayload(TerminalFixtures.approved(TX, TransactionPurpose.SALE, NOW));
    }

    @Test
    void T5_theBusinessDateIsTheShanghaiDateOfTheCaptureTime() {
        assertThat(BusinessDay.SHANGHAI.dateOf(Instant.parse("2026-11-22T16:30:00Z"))).isEqualTo(LocalDate.parse("2026-11-23"));
    }

    @Test
    void T5_aNegativeSaleIsRefusedWithoutARecordOrAQuestionToTheSwitch() {
        fixture.given(active())
                .when(sale("tx-1", creditCard(), -12_345))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
        assertThat(cardSwitch.asked).isEmpty();
    }

    @Test
    void T5_aBoundTerminalDeclinesASaleAsNotActive() {
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued())
                .when(sale("tx-1", creditCard(), 9_900))
                .expectEvents(new SaleDeclined(TX, SERIAL, MERCHANT, creditCard(), ESIGN_DEPOSIT,
                        ReasonCode.TERMINAL_NOT_ACTIVE, NOW))
                .expectResultMessagePayload(TerminalFixtures.declined(TX, ReasonCode.TERMINAL_NOT_ACTIVE, NOW));
    }

    @Test
    void T5_aStockTerminalRefusesToCapture() {
        fixture.given(anyRegistration())
                .when(sale("tx-1", creditCard(), 9_900))
                .expectException(TerminalNotActiveException.class)
                .expectNoEvents();
    }

    @Test
    void T4_aSaleOverThePerTransactionLimitIsDeclined() {
        fixture.given(active())
                .when(sale("tx-1", creditCard(), 5_000_001))
                .expectEvents(new SaleDeclined(TX, SERIAL, MERCHANT, creditCard(), Money.ofFen(5_000_001),
                        ReasonCode.LIMIT_PER_TRANSACTION, NOW));
        assertThat(cardSwitch.asked).isEmpty();
    }

    @Test
    void T4_aSaleOfExactlyTheLimitIsCaptured() {
        fixture.given(active())
                .when(sale("tx-1", creditCard(), 5_000_000))
                .expectResultMessagePayload(TerminalFixtures.approved(TX, TransactionPurpose.SALE, NOW));
    }

    @Test
    void T4_salesUpToTheDailyLimitAreApproved() {
        fixture.given(active()).andGiven(salesOf(NOW, 9, 5_000_000))
                .when(sale("tx-1", creditCard(), 5_000_000)) // 500,000 yuan on the day, exactly the limit
                .expectEvents(new SaleCaptured(TX, SERIAL, MERCHANT, TransactionPurpose.SALE, creditCard(),
                        Money.ofFen(5_000_000), ApplicantType.PERSONAL, SettlementSpeed.T1, NOW.minusSeconds(5), NOW,
                        BusinessDay.SHANGHAI.dateOf(NOW)))
                .expectResultMessagePayload(TerminalFixtures.approved(TX, TransactionPurpose.SALE, NOW));
    }

    @Test
    void T4_aSaleTakingTheDayOverItsLimitIsDeclined() {
        fixture.given(active()).andGiven(salesOf(NOW, 10, 4_500_001)) // 450,000.10 yuan
                .when(sale("tx-1", creditCard(), 5_000_000))
                .expectEvents(new SaleDeclined(TX, SERIAL, MERCHANT, creditCard(), Money.ofFen(5_000_000),
                        ReasonCode.LIMIT_PER_DAY, NOW))
                .expectResultMessagePayload(TerminalFixtures.declined(TX, ReasonCode.LIMIT_PER_DAY, NOW));
        assertThat(cardSwitch.asked).isEmpty();
    }

    @Test
    void T4_aDeclinedSaleLeavesTheDaysTotalUnchanged() {
        fixture.given(active()).andGiven(salesOf(NOW, 10, 4_500_001))
                .andGivenCommands(sale("tx-0", creditCard(), 5_000_000)) // declined: over the day
                .when(sale("tx-1", creditCard(), 4_999_990)) // exactly 500,000 yuan with what was approved
                .expectResultMessagePayload(TerminalFixtures.approved(TX, TransactionPurpose.SALE, NOW));
    }

    @Test
    void T4_theDailyLimitStartsAgainOnTheNextShanghaiBusinessDate() {
        Instant lastSecondOfNov22 = Instant.parse("2026-11-22T15:59:59Z"); // 23:59:59 in Shanghai
        Instant firstSecondOfNov23 = Instant.parse("2026-11-22T16:00:00Z"); // 00:00:00 in Shanghai
        Object[] fullDay = salesOf(lastSecondOfNov22.minusSeconds(3600), 10, 5_000_000);

        fixture.given(active()).andGiven(fullDay)
                .when(sale("tx-1", creditCard(), 1, LIMITS, lastSecondOfNov22))
                .expectResultMessagePayload(TerminalFixtures.declined(TX, ReasonCode.LIMIT_PER_DAY, lastSecondOfNov22));

        newFixture().given(active()).andGiven(fullDay)
                .when(sale("tx-1", creditCard(), 5_000_000, LIMITS, firstSecondOfNov23))
                .expectEvents(new SaleCaptured(TX, SERIAL, MERCHANT, TransactionPurpose.SALE, creditCard(),
                        Money.ofFen(5_000_000), ApplicantType.PERSONAL, SettlementSpeed.T1,
                        firstSecondOfNov23.minusSeconds(5), firstSecondOfNov23, LocalDate.parse("2026-11-23")))
                .expectResultMessagePayload(
                        TerminalFixtures.approved(TX, TransactionPurpose.SALE, firstSecondOfNov23));
    }

    @Test
    void T4_theDepositSwipeDoesNotCountTowardsTheDailyLimit() {
        LimitsByApplicantType dayOfOneSale = limits(new Limits(Money.ofFen(5_000_000), Money.ofFen(5_000_000)));
        fixture.given(awaitingDeposit())
                .andGivenCommands(sale("deposit-1", creditCard(), 9_900, dayOfOneSale, NOW))
                .when(sale("tx-1", creditCard(), 5_000_000, dayOfOneSale, NOW))
                .expectResultMessagePayload(TerminalFixtures.approved(TX, TransactionPurpose.SALE, NOW));
    }

    @Test
    void T4_limitsDifferByApplicantType() {
        Map<ApplicantType, Limits> byType = new EnumMap<>(ApplicantType.class);
        byType.put(ApplicantType.PERSONAL, new Limits(Money.ofFen(1_000_000), Money.ofFen(2_000_000)));
        byType.put(ApplicantType.INDIVIDUAL_BUSINESS, new Limits(Money.ofFen(5_000_000), Money.ofFen(50_000_000)));
        byType.put(ApplicantType.ENTERPRISE, new Limits(Money.ofFen(5_000_000), Money.ofFen(50_000_000)));
        LimitsByApplicantType smallerForPersonal = new LimitsByApplicantType(byType);

        fixture.given(active())
                .when(sale("tx-1", creditCard(), 1_000_001, smallerForPersonal, NOW))
                .expectResultMessagePayload(TerminalFixtures.declined(TX, ReasonCode.LIMIT_PER_TRANSACTION, NOW));

        newFixture().given(active()).andGiven(salesOf(NOW, 3, 500_000))
                .when(sale("tx-1", creditCard(), 500_001, smallerForPersonal, NOW))
                .expectResultMessagePayload(TerminalFixtures.declined(TX, ReasonCode.LIMIT_PER_DAY, NOW));

        newFixture().given(activeAs(ApplicantType.ENTERPRISE)).andGiven(salesOf(NOW, 1, 1_500_000))
                .when(sale("tx-1", creditCard(), 5_000_000, smallerForPersonal, NOW))
                .expectResultMessagePayload(TerminalFixtures.approved(TX, TransactionPurpose.SALE, NOW));
    }

    @Test
    void T4_aBindingWithoutApplicantTypeGetsTheStrictestLimits() {
        Map<ApplicantType, Limits> byType = new EnumMap<>(ApplicantType.class);
        byType.put(ApplicantType.PERSONAL, new Limits(Money.ofFen(1_000_000), Money.ofFen(50_000_000)));
        byType.put(ApplicantType.INDIVIDUAL_BUSINESS, new Limits(Money.ofFen(5_000_000), Money.ofFen(50_000_000)));
        byType.put(ApplicantType.ENTERPRISE, new Limits(Money.ofFen(5_000_000), Money.ofFen(2_000_000)));

        // PERSONAL's per-transaction limit lets 1,000,000 fen through, ENTERPRISE's daily limit does not
        fixture.given(activeAs(null)).andGiven(salesOf(NOW, 1, 1_500_000))
                .when(sale("tx-1", creditCard(), 1_000_000, new LimitsByApplicantType(byType), NOW))
                .expectResultMessagePayload(TerminalFixtures.declined(TX, ReasonCode.LIMIT_PER_DAY, NOW));
    }

    @Test
    void T7_aSwitchTimeoutIsDeclinedAndReversed() {
        cardSwitch.answer = CardSwitch.Authorisation.TIMED_OUT;
        fixture.given(active())
                .when(sale("tx-1", creditCard(), 10_013))
                .expectEvents(new SaleDeclined(TX, SERIAL, MERCHANT, creditCard(), Money.ofFen(10_013),
                                ReasonCode.SWITCH_TIMEOUT, NOW),
                        new SwitchReversalRequested(TX, SERIAL, Money.ofFen(10_013), NOW))
                .expectResultMessagePayload(TerminalFixtures.declined(TX, ReasonCode.SWITCH_TIMEOUT, NOW));
        assertThat(cardSwitch.asked).singleElement().satisfies(r -> assertThat(r.transactionId()).isEqualTo(TX));
    }

    @Test
    void T7_anOpenCircuitDeclinesWithoutAReversalBecauseNothingWasSent() {
        cardSwitch.answer = CardSwitch.Authorisation.NOT_SENT;
        fixture.given(active())
                .when(sale("tx-1", creditCard(), 12_345))
                .expectEvents(new SaleDeclined(TX, SERIAL, MERCHANT, creditCard(), Money.ofFen(12_345),
                        ReasonCode.SWITCH_TIMEOUT, NOW))
                .expectResultMessagePayload(TerminalFixtures.declined(TX, ReasonCode.SWITCH_TIMEOUT, NOW));
    }

    @Test
    void T7_aTimedOutDepositSwipeLeavesTheTerminalAwaitingItsDeposit() {
        cardSwitch.answer = CardSwitch.Authorisation.TIMED_OUT;
        fixture.given(awaitingDeposit())
                .when(sale("tx-1", creditCard(), 9_900))
                .expectEvents(new SaleDeclined(TX, SERIAL, MERCHANT, creditCard(), ESIGN_DEPOSIT,
                                ReasonCode.SWITCH_TIMEOUT, NOW),
                        new SwitchReversalRequested(TX, SERIAL, ESIGN_DEPOSIT, NOW));
    }

    private static Object[] awaitingDeposit() {
        return new Object[]{anyRegistration(), anyBinding(), anyCodeIssued(), anyCodeAccepted()};
    }

    private static Object[] active() {
        return new Object[]{anyRegistration(), anyBinding(), anyCodeIssued(), anyCodeAccepted(), anyActivation()};
    }

    private static Object[] activeAs(ApplicantType applicantType) {
        return new Object[]{anyRegistration(), new TerminalBound(SERIAL, MERCHANT, TerminalModel.ESIGN,
                applicantType, SettlementSpeed.T1, BOUND_AT), anyCodeIssued(), anyCodeAccepted(), anyActivation()};
    }

    /** {@code count} approved SALEs of {@code amountFen} each, captured a second apart up to {@code at}. */
    private static Object[] salesOf(Instant at, int count, long amountFen) {
        Object[] sales = new Object[count];
        for (int i = 0; i < count; i++) {
            Instant capturedAt = at.minusSeconds(count - i);
            sales[i] = new SaleCaptured(TransactionId.of("earlier-" + capturedAt.getEpochSecond() + "-" + i), SERIAL,
                    MERCHANT, TransactionPurpose.SALE, creditCard(), Money.ofFen(amountFen), ApplicantType.PERSONAL,
                    SettlementSpeed.T1, capturedAt, capturedAt, BusinessDay.SHANGHAI.dateOf(capturedAt));
        }
        return sales;
    }

    private FixtureConfiguration<Terminal> newFixture() {
        FixtureConfiguration<Terminal> another = new AggregateTestFixture<>(Terminal.class);
        another.registerInjectableResource(cardSwitch);
        return another;
    }

    private static SaleCaptured depositCaptured() {
        return new SaleCaptured(TX, SERIAL, MERCHANT, TransactionPurpose.DEPOSIT, creditCard(), ESIGN_DEPOSIT,
                ApplicantType.PERSONAL, SettlementSpeed.T1, NOW.minusSeconds(5), NOW, BusinessDay.SHANGHAI.dateOf(NOW));
    }

    private static TerminalActivated activated() {
        return new TerminalActivated(SERIAL, MERCHANT, TerminalModel.ESIGN, TX, ESIGN_DEPOSIT, NOW);
    }

    /** A switch that answers as told and remembers what it was asked. */
    static final class RecordingSwitch implements CardSwitch {

        Authorisation answer = Authorisation.APPROVED;
        final List<AuthorisationRequest> asked = new ArrayList<>();

        @Override
        public Authorisation authorise(AuthorisationRequest request) {
            asked.add(request);
            return answer;
        }
    }
}
