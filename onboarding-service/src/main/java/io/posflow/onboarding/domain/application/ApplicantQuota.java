package io.posflow.onboarding.domain.application;

/**
 * O8: how many applications and merchants one ID number has, by the keyed hash of the number. Each call
 * joins the command's transaction and serialises with concurrent calls for the same applicant, so two
 * simultaneous submissions cannot both take the last place.
 */
public interface ApplicantQuota {

    /** Counts one more application; throws {@link ApplicationLimitReachedException} when the limits are reached. */
    void reserveApplication(String applicantKey);

    /** A REJECTED application no longer counts. */
    void releaseApplication(String applicantKey);

    /** Counts one more merchant; false (nothing counted) when the applicant already has as many as allowed. */
    boolean addMerchant(String applicantKey);
}
