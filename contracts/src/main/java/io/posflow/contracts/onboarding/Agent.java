package io.posflow.contracts.onboarding;

import java.util.Objects;

/** The local agent (代理商) who applied for the merchant, with the authorisation certificate number. */
public record Agent(String agentId, String certificateNo) {

    public Agent {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(certificateNo, "certificateNo");
    }
}
