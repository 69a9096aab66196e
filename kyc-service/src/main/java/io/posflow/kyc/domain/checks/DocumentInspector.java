package io.posflow.kyc.domain.checks;

/**
 * The document check (K7): is an uploaded material legible (not blurry, glared or cropped), and does a scene
 * material prove the business? Throws {@link ProviderUnavailableException} when it gets no answer.
 */
public interface DocumentInspector {

    /** Provider name: the Resilience4j instance, the simulator's name, the metrics' {@code name} tag. */
    String PROVIDER = "documents";

    DocumentVerdict inspect(DocumentToInspect document);
}
