package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.terminal.domain.terminal.TerminalCaptureTest.RecordingSwitch;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.posflow.terminal.domain.terminal.TerminalFixtures.ESIGN_DEPOSIT;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.LIMITS;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.MERCHANT;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.NOW;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.OTHER_MERCHANT;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.SERIAL;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyActivation;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyBinding;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyCodeAccepted;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyCodeIssued;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyRegistration;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.creditCard;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.limits;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.sale;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.saleCaptured;

/** T8 (换机): the old terminal hands over and stops; a stock terminal of its model takes over, ACTIVE at once. */
class TerminalReplacementTest {

    /** The other terminal of each test: the replacement when SERIAL is replaced, the replaced one otherwise. */
    private static final SerialNumber OTHER = SerialNumber.of("LKLE100000000002");

    private FixtureConfiguration<Terminal> fixture;
    private final RecordingSwitch cardSwitch = new RecordingSwitch();

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Terminal.class);
        fixture.registerInjectableResource(cardSwitch);
    }

    @Test
    void T8_anActiveTerminalIsReplacedAndHandsOverItsMerchantAndDeposit() {
        fixture.given(active())
                .when(new ReplaceTerminal(SERIAL, OTHER, TerminalModel.ESIGN, NOW))
                .expectEvents(new TerminalReplaced(SERIAL, OTHER, MERCHANT, TerminalModel.ESIGN, NOW))
                .expectResultMessagePayload(new Handover(MERCHANT, TerminalModel.ESIGN, ApplicantType.PERSONAL,
                        SettlementSpeed.T1, ESIGN_DEPOSIT, null, Money.ofFen(0)));
    }

    @Test
    void T8_theSameReplacementAgainChangesNothing() {
        fixture.given(replaced())
                .when(new ReplaceTerminal(SERIAL, OTHER, TerminalModel.ESIGN, NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(null);
    }

    @Test
    void T8_onlyAnActiveTerminalIsReplaced() {
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued())
                .when(new ReplaceTerminal(SERIAL, OTHER, TerminalModel.ESIGN, NOW))
                .expectException(TerminalNotActiveException.class)
                .expectNoEvents();
    }

    @Test
    void T8_aReplacedTerminalIsNotReplacedAgain() {
        fixture.given(replaced())
                .when(new ReplaceTerminal(SERIAL, SerialNumber.of("LKLE100000000003"), TerminalModel.ESIGN, NOW))
                .expectException(TerminalNotActiveException.class);
    }

    @Test
    void T8_theReplacementMustBeOfTheSameModel() {
        fixture.given(active())
                .when(new ReplaceTerminal(SERIAL, OTHER, TerminalModel.SMART, NOW))
                .expectException(TerminalModelMismatchException.class)
                .expectNoEvents();
    }

    @Test
    void T8_aReplacedTerminalDeclinesCapturesAsNotActive() {
        fixture.given(replaced())
                .when(sale("tx-1", creditCard(), 12_345))
                .expectEvents(new SaleDeclined(TransactionId.of("tx-1"), SERIAL, MERCHANT, creditCard(),
                        Money.ofFen(12_345), ReasonCode.TERMINAL_NOT_ACTIVE, NOW));
    }

    @Test
    void T8_aReplacedTerminalIsNotDeregistered() {
        fixture.given(replaced())
                .when(new DeregisterTerminal(SERIAL, NOW))
                .expectException(TerminalNotActiveException.class);
    }

    @Test
    void T8_aStockTerminalTakesOverActiveWithoutACodeOrADepositSwipe() {
        fixture.given(anyRegistration())
                .when(new TakeOverTerminal(SERIAL, OTHER, handover(null, 0), NOW))
                .expectEvents(new TerminalTookOver(SERIAL, OTHER, handover(null, 0), NOW));
    }

    @Test
    void T8_theReplacementCapturesASaleForTheSameMerchantAtOnce() {
        fixture.given(anyRegistration(), new TerminalTookOver(SERIAL, OTHER, handover(null, 0), NOW.minusSeconds(60)))
                .when(sale("tx-1", creditCard(), 12_345))
                .expectEvents(new SaleCaptured(TransactionId.of("tx-1"), SERIAL, MERCHANT, TransactionPurpose.SALE,
                        creditCard(), Money.ofFen(12_345), ApplicantType.PERSONAL, SettlementSpeed.T1,
                        NOW.minusSeconds(5), NOW, BusinessDay.SHANGHAI.dateOf(NOW)));
    }

    @Test
    void T8_onlyAStockTerminalTakesOver() {
        fixture.given(anyRegistration(), new TerminalBound(SERIAL, OTHER_MERCHANT, TerminalModel.ESIGN,
                        ApplicantType.PERSONAL, SettlementSpeed.T1, NOW.minusSeconds(600)))
                .when(new TakeOverTerminal(SERIAL, OTHER, handover(null, 0), NOW))
                .expectException(TerminalNotInStockException.class)
                .expectNoEvents();
    }

    /** Allocation may have read it as stock before the take-over committed: the terminal itself refuses. */
    @Test
    void T2_aTerminalThatTookOverForAReplacedOneIsNoLongerInStockToBeAllocated() {
        fixture.given(anyRegistration(), new TerminalTookOver(SERIAL, OTHER, handover(null, 0), NOW.minusSeconds(60)))
                .when(new BindTerminal(SERIAL, OTHER_MERCHANT, TerminalModel.ESIGN, ApplicantType.PERSONAL,
                        SettlementSpeed.T1, TerminalFixtures.newCode(TerminalFixtures.CODE, NOW), NOW))
                .expectException(TerminalNotInStockException.class)
                .expectNoEvents();
    }

    @Test
    void T8_aTerminalOfAnotherModelDoesNotTakeOver() {
        fixture.given(new TerminalRegistered(SERIAL, TerminalModel.SMART, TerminalFixtures.VENDOR, NOW))
                .when(new TakeOverTerminal(SERIAL, OTHER, handover(null, 0), NOW))
                .expectException(TerminalModelMismatchException.class)
                .expectNoEvents();
    }

    @Test
    void T8_theDaysSalesCarryOverSoSwappingDevicesDoesNotRestartTheDailyLimit() {
        LimitsByApplicantType small = limits(new Limits(Money.ofFen(10_000), Money.ofFen(20_000)));
        fixture.given(anyRegistration(), new TerminalTookOver(SERIAL, OTHER,
                        handover(BusinessDay.SHANGHAI.dateOf(NOW), 15_000), NOW.minusSeconds(60)))
                .when(sale("tx-1", creditCard(), 5_001, small, NOW))
                .expectResultMessagePayload(TerminalFixtures.declined(TransactionId.of("tx-1"),
                        ReasonCode.LIMIT_PER_DAY, NOW));
    }

    @Test
    void T8_theOldTerminalsHandoverCarriesTodaysSales() {
        Instant earlier = NOW.minusSeconds(600);
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued(), anyCodeAccepted(), anyActivation(),
                        saleCaptured("sale-1", 15_000, earlier))
                .when(new ReplaceTerminal(SERIAL, OTHER, TerminalModel.ESIGN, NOW))
                .expectResultMessagePayload(handover(BusinessDay.SHANGHAI.dateOf(earlier), 15_000));
    }

    private static Handover handover(java.time.LocalDate salesDate, long salesFen) {
        return new Handover(MERCHANT, TerminalModel.ESIGN, ApplicantType.PERSONAL, SettlementSpeed.T1, ESIGN_DEPOSIT,
                salesDate, Money.ofFen(salesFen));
    }

    private static Object[] active() {
        return new Object[]{anyRegistration(), anyBinding(), anyCodeIssued(), anyCodeAccepted(), anyActivation()};
    }

    private static Object[] replaced() {
        return new Object[]{anyRegistration(), anyBinding(), anyCodeIssued(), anyCodeAccepted(), anyActivation(),
                new TerminalReplaced(SERIAL, OTHER, MERCHANT, TerminalModel.ESIGN, NOW.minusSeconds(60))};
    }
}
