package io.posflow.onboarding.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * O8: the applications (not REJECTED) and merchants of one ID number, keyed by the number's keyed hash so
 * that the table never holds it in clear. Changed only under a pessimistic row lock.
 */
@Entity
@Table(name = "applicant_quota")
public class ApplicantQuotaRow {

    @Id
    @Column(length = 64)
    private String applicantKey;

    @Column(nullable = false)
    private int applications;

    @Column(nullable = false)
    private int merchants;

    /** Null until stored: saving a new row is an insert, never a merge over a row another instance created. */
    @Version
    private Long version;

    protected ApplicantQuotaRow() {
        // for JPA
    }

    ApplicantQuotaRow(String applicantKey) {
        this.applicantKey = applicantKey;
    }

    boolean addApplication(int limit) {
        if (applications >= limit) {
            return false;
        }
        applications++;
        return true;
    }

    void removeApplication() {
        applications = Math.max(0, applications - 1);
    }

    boolean addMerchant(int limit) {
        if (merchants >= limit) {
            return false;
        }
        merchants++;
        return true;
    }

    int merchants() {
        return merchants;
    }
}
