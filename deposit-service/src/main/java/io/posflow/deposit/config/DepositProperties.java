package io.posflow.deposit.config;

import io.posflow.deposit.deposit.DepositPolicy;
import io.posflow.deposit.deposit.RefundMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deposit programme's settings ({@code posflow.deposit.*}); other acquirers run 90 or 180 days
 * and 50k–150k yuan targets (DESIGN §3).
 *
 * @param windowDays how long qualifying volume counts after the deposit swipe, in days of 24 h (D1)
 * @param targetFen  the qualifying volume that earns the refund, in fen (D2; 10,000,000 fen = 100,000 yuan)
 * @param refundMode when a deposit that reached its target is refunded (D3); only AUTOMATIC is supported yet
 */
@ConfigurationProperties("posflow.deposit")
public record DepositProperties(@DefaultValue("60") int windowDays, @DefaultValue("10000000") long targetFen,
                                @DefaultValue("AUTOMATIC") RefundMode refundMode) {

    public DepositProperties {
        if (windowDays < 1) {
            throw new IllegalArgumentException("posflow.deposit.window-days must be at least 1");
        }
        if (targetFen < 1) {
            throw new IllegalArgumentException("posflow.deposit.target-fen must be positive");
        }
        if (refundMode != RefundMode.AUTOMATIC) {
            // Refusing beats running as AUTOMATIC while the operator believes merchants must ask.
            throw new IllegalArgumentException("posflow.deposit.refund-mode " + refundMode
                    + " is not supported yet; only AUTOMATIC is");
        }
    }

    public DepositPolicy policy() {
        return DepositPolicy.of(windowDays, targetFen);
    }
}
