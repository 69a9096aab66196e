package io.posflow.terminal.domain.terminal;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.posflow.terminal.domain.terminal.TerminalFixtures.CODE;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.MERCHANT;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.NOW;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.OTHER_MERCHANT;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.REGISTERED_AT;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.SERIAL;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.VALIDITY;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.VENDOR;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyBinding;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyRegistration;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.newCode;

/** T1 registration, T2 binding, T6 deregistration. */
class TerminalTest {

    private FixtureConfiguration<Terminal> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Terminal.class);
    }

    @Test
    void T1_aTerminalIsRegisteredIntoStock() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTerminal(SERIAL, TerminalModel.ESIGN, VENDOR, REGISTERED_AT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(anyRegistration());
    }

    @Test
    void T1_aSerialIsRegisteredOnlyOnce() {
        fixture.given(anyRegistration())
                .when(new RegisterTerminal(SERIAL, TerminalModel.SMART, VENDOR, NOW))
                .expectException(SerialNumberDuplicateException.class)
                .expectNoEvents();
    }

    @Test
    void T2_aStockTerminalIsBoundToTheMerchantThatNamedItAndGetsAnActivationCode() {
        fixture.given(anyRegistration())
                .when(bind(MERCHANT, TerminalModel.ESIGN))
                .expectEvents(new TerminalBound(SERIAL, MERCHANT, TerminalModel.ESIGN, ApplicantType.PERSONAL,
                                SettlementSpeed.T1, NOW),
                        new ActivationCodeIssued(SERIAL, MERCHANT, CODE, NOW, NOW.plus(VALIDITY), 5))
                .expectResultMessagePayload(true);
    }

    @Test
    void T2_aTerminalOfAnotherModelCannotBeBound() {
        fixture.given(anyRegistration())
                .when(bind(MERCHANT, TerminalModel.SMART))
                .expectException(TerminalModelMismatchException.class)
                .expectNoEvents();
    }

    @Test
    void T2_aBoundTerminalCannotBeBoundToAnotherMerchant() {
        fixture.given(anyRegistration(), anyBinding())
                .when(bind(OTHER_MERCHANT, TerminalModel.ESIGN))
                .expectException(TerminalNotInStockException.class)
                .expectNoEvents();
    }

    @Test
    void T2_bindingTheSameMerchantAgainChangesNothing() {
        fixture.given(anyRegistration(), anyBinding())
                .when(bind(MERCHANT, TerminalModel.ESIGN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void T2_anUnregisteredTerminalCannotBeBound() {
        fixture.givenNoPriorActivity()
                .when(bind(MERCHANT, TerminalModel.ESIGN))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void T6_aBoundTerminalIsDeregistered() {
        fixture.given(anyRegistration(), anyBinding())
                .when(new DeregisterTerminal(SERIAL, NOW))
                .expectEvents(new TerminalDeregistered(SERIAL, MERCHANT, NOW));
    }

    @Test
    void T6_aStockTerminalServesNoMerchantSoCannotBeDeregistered() {
        fixture.given(anyRegistration())
                .when(new DeregisterTerminal(SERIAL, NOW))
                .expectException(TerminalNotBoundException.class)
                .expectNoEvents();
    }

    @Test
    void T6_deregisteringTwiceChangesNothing() {
        fixture.given(anyRegistration(), anyBinding(), new TerminalDeregistered(SERIAL, MERCHANT, NOW))
                .when(new DeregisterTerminal(SERIAL, NOW.plusSeconds(60)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void T6_aDeregisteredTerminalCannotBeBoundAgain() {
        fixture.given(anyRegistration(), anyBinding(), new TerminalDeregistered(SERIAL, MERCHANT, NOW))
                .when(bind(OTHER_MERCHANT, TerminalModel.ESIGN))
                .expectException(TerminalNotInStockException.class)
                .expectNoEvents();
    }

    private static BindTerminal bind(MerchantNo merchantNo, TerminalModel model) {
        return new BindTerminal(SERIAL, merchantNo, model, ApplicantType.PERSONAL, SettlementSpeed.T1,
                newCode(CODE, NOW), NOW);
    }
}
