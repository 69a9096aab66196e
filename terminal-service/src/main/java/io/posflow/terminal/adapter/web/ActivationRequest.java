package io.posflow.terminal.adapter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /terminals/{sn}/activation}: the code from the SMS, as the device's user typed it. */
public record ActivationRequest(@NotBlank @Size(max = 32) String activationCode) {

    /** Never prints the code. */
    @Override
    public String toString() {
        return "ActivationRequest[activationCode=****]";
    }
}
