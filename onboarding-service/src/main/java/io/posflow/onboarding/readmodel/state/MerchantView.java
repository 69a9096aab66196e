package io.posflow.onboarding.readmodel.state;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.pii.SealedValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A merchant as an account change request (O10) is checked against: its applicant type and the holder of
 * the account it is paid to now, sealed as stored in its events.
 */
@Entity
@Table(name = "merchant_view")
public class MerchantView {

    @Id
    @Column(name = "merchant_no", length = 15)
    private String merchantNo;

    @Column(name = "application_id", nullable = false, length = 36)
    private String applicationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "applicant_type", nullable = false, length = 30)
    private ApplicantType applicantType;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "account_type", nullable = false, length = 30)
    private AccountType accountType;

    @Column(name = "holder_masked", nullable = false, length = 200)
    private String holderMasked;

    @Column(name = "holder_sealed", nullable = false, length = 2000)
    private String holderSealed;

    @Column(name = "holder_key_id", nullable = false, length = 100)
    private String holderKeyId;

    @Column(name = "applied_sequence", nullable = false)
    private long appliedSequence = -1;

    protected MerchantView() {
    }

    MerchantView(String merchantNo) {
        this.merchantNo = merchantNo;
    }

    boolean isNew(long sequence) {
        return sequence > appliedSequence;
    }

    void onboarded(long sequence, String applicationId, ApplicantType applicantType) {
        this.applicationId = applicationId;
        this.applicantType = applicantType;
        this.appliedSequence = sequence;
    }

    void paidTo(long sequence, AccountType accountType, SealedValue holder) {
        this.accountType = accountType;
        this.holderMasked = holder.masked();
        this.holderSealed = holder.sealed();
        this.holderKeyId = holder.keyId();
        this.appliedSequence = sequence;
    }

    public String merchantNo() {
        return merchantNo;
    }

    public String applicationId() {
        return applicationId;
    }

    public ApplicantType applicantType() {
        return applicantType;
    }

    public AccountType accountType() {
        return accountType;
    }

    /** The holder of the account paid to now (the latest verified one), sealed. */
    public SealedValue holder() {
        return new SealedValue(holderMasked, holderSealed, holderKeyId);
    }
}
