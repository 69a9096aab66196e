package io.posflow.kyc.domain.checks;

/** The document check's answer for one material (K7). */
public enum DocumentVerdict {
    OK,
    /** Not legible: blurry, glare or cropped. */
    BLURRY,
    /** Does not show the business scene it should. */
    NO_SCENE,
    INCONCLUSIVE
}
