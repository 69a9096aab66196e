package io.posflow.terminal.domain.terminal;

import java.util.EnumMap;
import java.util.Map;

/** T4: the terminal limits (config) for each applicant type; every type needs its own. */
public record LimitsByApplicantType(Map<ApplicantType, Limits> limits) {

    public LimitsByApplicantType {
        for (ApplicantType type : ApplicantType.values()) {
            if (limits == null || limits.get(type) == null) {
                throw new IllegalArgumentException("No limits for applicant type " + type);
            }
        }
        limits = Map.copyOf(new EnumMap<>(limits));
    }

    /**
     * A binding recorded before issue 3 carries no applicant type ({@code null}): such a terminal gets the
     * strictest limits of all types rather than a guess in the merchant's favour.
     */
    public Limits of(ApplicantType type) {
        if (type != null) {
            return limits.get(type);
        }
        return limits.values().stream().reduce(Limits::stricter).orElseThrow();
    }
}
