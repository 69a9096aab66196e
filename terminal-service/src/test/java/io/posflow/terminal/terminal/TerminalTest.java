package io.posflow.terminal.terminal;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

class TerminalTest {

    private static final SerialNumber SERIAL = SerialNumber.of("LKLE100000000001");
    private static final MerchantNo MERCHANT = MerchantNo.of("822110054110001");
    private static final MerchantNo OTHER_MERCHANT = MerchantNo.of("822110054110002");
    private static final Vendor VENDOR = Vendor.of("Lakala");
    private static final Instant REGISTERED_AT = Instant.parse("2026-11-20T01:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-22T02:15:30Z");

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
    void T2_aStockTerminalIsBoundToTheMerchantThatNamedIt() {
        fixture.given(anyRegistration())
                .when(new BindTerminal(SERIAL, MERCHANT, TerminalModel.ESIGN, NOW))
                .expectEvents(new TerminalBound(SERIAL, MERCHANT, TerminalModel.ESIGN, NOW));
    }

    @Test
    void T2_aTerminalOfAnotherModelCannotBeBound() {
        fixture.given(anyRegistration())
                .when(new BindTerminal(SERIAL, MERCHANT, TerminalModel.SMART, NOW))
                .expectException(TerminalModelMismatchException.class)
                .expectNoEvents();
    }

    @Test
    void T2_aBoundTerminalCannotBeBoundToAnotherMerchant() {
        fixture.given(anyRegistration(), anyBinding())
                .when(new BindTerminal(SERIAL, OTHER_MERCHANT, TerminalModel.ESIGN, NOW))
                .expectException(TerminalNotInStockException.class)
                .expectNoEvents();
    }

    @Test
    void T2_bindingTheSameMerchantAgainChangesNothing() {
        fixture.given(anyRegistration(), anyBinding())
                .when(new BindTerminal(SERIAL, MERCHANT, TerminalModel.ESIGN, NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void T2_anUnregisteredTerminalCannotBeBound() {
        fixture.givenNoPriorActivity()
                .when(new BindTerminal(SERIAL, MERCHANT, TerminalModel.ESIGN, NOW))
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
                .when(new BindTerminal(SERIAL, OTHER_MERCHANT, TerminalModel.ESIGN, NOW.plusSeconds(60)))
                .expectException(TerminalNotInStockException.class)
                .expectNoEvents();
    }

    private static TerminalRegistered anyRegistration() {
        return new TerminalRegistered(SERIAL, TerminalModel.ESIGN, VENDOR, REGISTERED_AT);
    }

    private static TerminalBound anyBinding() {
        return new TerminalBound(SERIAL, MERCHANT, TerminalModel.ESIGN, REGISTERED_AT.plusSeconds(3600));
    }
}
