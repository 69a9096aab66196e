package io.posflow.deposit.domain.deposit;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The deposit terms of every device model (D1–D3); a model without terms is a configuration error. */
public final class DepositPolicies {

    private final Map<DeviceModel, DepositPolicy> byModel;

    public DepositPolicies(Map<DeviceModel, DepositPolicy> byModel) {
        Objects.requireNonNull(byModel, "byModel");
        this.byModel = new EnumMap<>(DeviceModel.class);
        this.byModel.putAll(byModel);
        for (DeviceModel model : DeviceModel.values()) {
            if (!this.byModel.containsKey(model)) {
                throw new IllegalArgumentException("No deposit policy for device model " + model);
            }
        }
    }

    public DepositPolicy of(DeviceModel model) {
        return byModel.get(model);
    }
}
