package io.posflow.deposit.domain.deposit;

/** The terminal model (O5); it decided the deposit amount that settlement collected. */
public enum DeviceModel {
    ESIGN, SMART
}
