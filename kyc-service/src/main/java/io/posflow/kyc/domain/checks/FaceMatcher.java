package io.posflow.kyc.domain.checks;

/**
 * The face check (K5): compares the submitted liveness capture with the ID photo the authority holds for the
 * ID number, and scores the likeness 0–100 — or answers inconclusively. Throws
 * {@link ProviderUnavailableException} when it gets no answer.
 */
public interface FaceMatcher {

    /** Provider name: the Resilience4j instance, the simulator's name, the metrics' {@code name} tag. */
    String PROVIDER = "face";

    FaceMatchResult match(FaceMatchRequest request);
}
