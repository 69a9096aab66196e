package io.posflow.contracts.onboarding;

/** The terminal model a merchant applies for (O5); it decides the activation deposit. */
public enum DeviceModel {
    ESIGN, SMART
}
