package io.posflow.deposit.config;

import io.posflow.deposit.domain.deposit.DepositPolicies;
import io.posflow.deposit.domain.deposit.DepositPolicy;
import io.posflow.deposit.domain.deposit.DeviceModel;
import io.posflow.deposit.domain.deposit.Qualifying;
import io.posflow.deposit.domain.deposit.RefundMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.EnumMap;
import java.util.Map;

/**
 * The deposit programme's settings ({@code posflow.deposit.*}): a policy per device model (D1–D3); other
 * acquirers run 90 or 180 days, 50k–150k yuan targets, credit-only volume or refunds on request
 * (architecture §3). Every device model needs its policy: a missing one fails start-up.
 *
 * @param models the policy of each device model
 */
@ConfigurationProperties("posflow.deposit")
public record DepositProperties(Map<DeviceModel, Model> models) {

    public DepositProperties {
        models = models == null ? Map.of() : Map.copyOf(models);
    }

    public DepositPolicies policies() {
        Map<DeviceModel, DepositPolicy> policies = new EnumMap<>(DeviceModel.class);
        models.forEach((model, terms) -> policies.put(model, terms.policy(model)));
        for (DeviceModel model : DeviceModel.values()) {
            if (!policies.containsKey(model)) {
                throw new IllegalArgumentException("posflow.deposit.models." + model + " is missing: every device "
                        + "model needs a deposit policy");
            }
        }
        return new DepositPolicies(policies);
    }

    /**
     * One device model's terms.
     *
     * @param depositFen the deposit its terminals collect, in fen (terminal-service asks for the same amount, T3)
     * @param windowDays how long qualifying volume counts after the deposit swipe, in days of 24 h (D1)
     * @param targetFen  the qualifying volume that earns the refund, in fen (D2; 10,000,000 fen = 100,000 yuan)
     * @param qualifying every settled sale, or credit-card sales only (D2)
     * @param refundMode at once when the target is reached, or when the merchant asks (D3)
     */
    public record Model(long depositFen, @DefaultValue("60") int windowDays, @DefaultValue("10000000") long targetFen,
                        @DefaultValue("ALL_SALES") Qualifying qualifying,
                        @DefaultValue("AUTOMATIC") RefundMode refundMode) {

        DepositPolicy policy(DeviceModel model) {
            String at = "posflow.deposit.models." + model + ".";
            if (depositFen < 1) {
                throw new IllegalArgumentException(at + "deposit-fen must be positive");
            }
            if (windowDays < 1) {
                throw new IllegalArgumentException(at + "window-days must be at least 1");
            }
            if (targetFen < 1) {
                throw new IllegalArgumentException(at + "target-fen must be positive");
            }
            return DepositPolicy.of(depositFen, windowDays, targetFen, qualifying, refundMode);
        }
    }
}
