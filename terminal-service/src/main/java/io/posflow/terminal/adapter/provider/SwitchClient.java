package io.posflow.terminal.adapter.provider;

import io.posflow.contracts.money.Money;
import io.posflow.terminal.domain.terminal.CardSwitch.AuthorisationRequest;
import io.posflow.terminal.domain.terminal.SerialNumber;
import io.posflow.terminal.domain.terminal.TransactionId;

/**
 * The card switch's own interface, as plain calls that may block, fail or hang; {@link ResilientCardSwitch}
 * bounds them. The {@code simulation} profile provides {@link SimulatedCardSwitch}; elsewhere a real
 * switch connection must be provided, or the service does not start.
 */
public interface SwitchClient {

    /** Returns when the switch approved; throws when it refused or failed. */
    void authorise(AuthorisationRequest request) throws Exception;

    /** 冲正: cancels an authorisation whose answer never arrived. Idempotent per transaction id at the switch. */
    void reverse(TransactionId transactionId, SerialNumber serialNumber, Money amount) throws Exception;
}
