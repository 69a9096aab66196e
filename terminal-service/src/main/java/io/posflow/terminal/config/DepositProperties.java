package io.posflow.terminal.config;

import io.posflow.contracts.money.Money;
import io.posflow.terminal.domain.terminal.TerminalModel;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * The activation deposit per device model (O5, T3): ESIGN 9,900 fen, SMART 29,900 fen.
 *
 * @param amountFen model to the deposit in fen; every model needs one
 */
@ConfigurationProperties("posflow.terminal.deposit")
public record DepositProperties(Map<TerminalModel, Long> amountFen) {

    public DepositProperties {
        for (TerminalModel model : TerminalModel.values()) {
            Long fen = amountFen == null ? null : amountFen.get(model);
            if (fen == null || fen <= 0) {
                throw new IllegalArgumentException("posflow.terminal.deposit.amount-fen." + model + " must be positive");
            }
        }
        amountFen = Map.copyOf(amountFen);
    }

    public Money of(TerminalModel model) {
        return Money.ofFen(amountFen.get(model));
    }
}
