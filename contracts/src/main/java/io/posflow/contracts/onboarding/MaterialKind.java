package io.posflow.contracts.onboarding;

/** The kinds of uploaded material an application carries (O2). */
public enum MaterialKind {
    ID_FRONT,
    ID_BACK,
    /** The selfie capture for the face check; not for PARTNER_BANK applications. */
    FACE_LIVENESS,
    BANK_CARD,
    /** Stall photo or order screenshot (PERSONAL). */
    SCENE_PHOTO,
    BUSINESS_LICENCE,
    STOREFRONT_PHOTO,
    INTERIOR_PHOTO,
    /** Corporate account permit (开户许可证). */
    ACCOUNT_PERMIT,
    LEASE_CONTRACT,
    LEGAL_REP_ID_FRONT,
    LEGAL_REP_ID_BACK,
    /** At most 10 s; answers SCENE_PROOF_INSUFFICIENT. */
    BUSINESS_VIDEO
}
