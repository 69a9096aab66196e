package io.posflow.settlement.readmodel.state;

import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.settlement.domain.merchant.SettlementAccountOnFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Optional;

/**
 * A merchant whose account settlement has opened: what inbound captures are checked against, and where its
 * payouts go. The payee's personal fields are kept sealed under the merchant's data subject's key (architecture §4;
 * rows kept before that hold them sealed for transport, as they arrived).
 */
@Entity
@Table(name = "known_merchant")
public class KnownMerchant {

    @Id
    @Column(name = "merchant_no", length = 15)
    private String merchantNo;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "applicant_type", nullable = false, length = 30)
    private ApplicantType applicantType;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "settlement_speed", nullable = false, length = 10)
    private SettlementSpeed settlementSpeed;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "device_model", nullable = false, length = 10)
    private DeviceModel deviceModel;

    /** The merchant's data subject (architecture §4); null for a merchant opened before per-subject keys. */
    @Column(name = "application_id", length = 64)
    private String applicationId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "payee_account_type", length = 30)
    private AccountType payeeAccountType;

    @Column(name = "payee_holder_name_masked", length = 200)
    private String payeeHolderNameMasked;

    @Column(name = "payee_holder_name_sealed", length = 2000)
    private String payeeHolderNameSealed;

    @Column(name = "payee_holder_name_key_id", length = 100)
    private String payeeHolderNameKeyId;

    @Column(name = "payee_card_number_masked", length = 100)
    private String payeeCardNumberMasked;

    @Column(name = "payee_card_number_sealed", length = 2000)
    private String payeeCardNumberSealed;

    @Column(name = "payee_card_number_key_id", length = 100)
    private String payeeCardNumberKeyId;

    @Column(name = "payee_bank_name", length = 200)
    private String payeeBankName;

    @Column(name = "payee_branch_name", length = 200)
    private String payeeBranchName;

    /** O10: a verified account paid to from {@code nextPayeeFrom} on; null when none is pending. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "next_payee_account_type", length = 30)
    private AccountType nextPayeeAccountType;

    @Column(name = "next_payee_holder_name_masked", length = 200)
    private String nextPayeeHolderNameMasked;

    @Column(name = "next_payee_holder_name_sealed", length = 2000)
    private String nextPayeeHolderNameSealed;

    @Column(name = "next_payee_holder_name_key_id", length = 100)
    private String nextPayeeHolderNameKeyId;

    @Column(name = "next_payee_card_number_masked", length = 100)
    private String nextPayeeCardNumberMasked;

    @Column(name = "next_payee_card_number_sealed", length = 2000)
    private String nextPayeeCardNumberSealed;

    @Column(name = "next_payee_card_number_key_id", length = 100)
    private String nextPayeeCardNumberKeyId;

    @Column(name = "next_payee_bank_name", length = 200)
    private String nextPayeeBankName;

    @Column(name = "next_payee_branch_name", length = 200)
    private String nextPayeeBranchName;

    @Column(name = "next_payee_from")
    private Instant nextPayeeFrom;

    /** The aggregate sequence number last applied, so a replayed event changes nothing. */
    @Column(name = "applied_sequence", nullable = false)
    private long appliedSequence;

    protected KnownMerchant() {
    }

    KnownMerchant(String merchantNo) {
        this.merchantNo = merchantNo;
        this.appliedSequence = -1;
    }

    boolean hasApplied(long sequence) {
        return sequence <= appliedSequence;
    }

    void opened(ApplicantType applicantType, SettlementSpeed settlementSpeed, DeviceModel deviceModel,
                SettlementAccountOnFile payee, Instant openedAt, String applicationId, long sequence) {
        this.applicationId = applicationId;
        this.payeeAccountType = payee.accountType();
        this.payeeHolderNameMasked = payee.holderName().masked();
        this.payeeHolderNameSealed = payee.holderName().sealed();
        this.payeeHolderNameKeyId = payee.holderName().keyId();
        this.payeeCardNumberMasked = payee.cardNumber().masked();
        this.payeeCardNumberSealed = payee.cardNumber().sealed();
        this.payeeCardNumberKeyId = payee.cardNumber().keyId();
        this.payeeBankName = payee.bankName();
        this.payeeBranchName = payee.branchName();
        this.applicantType = applicantType;
        this.settlementSpeed = settlementSpeed;
        this.deviceModel = deviceModel;
        this.openedAt = openedAt;
        this.appliedSequence = sequence;
    }

    /**
     * O10: a verified account change. A change still pending when a later one arrives has taken effect by
     * then (the later one was verified on a later Shanghai day) unless both take effect at the same midnight,
     * in which case the later verification replaces it.
     */
    void accountChanged(SettlementAccountOnFile payee, Instant effectiveFrom, long sequence) {
        if (nextPayeeFrom != null && nextPayeeFrom.isBefore(effectiveFrom)) {
            this.payeeAccountType = nextPayeeAccountType;
            this.payeeHolderNameMasked = nextPayeeHolderNameMasked;
            this.payeeHolderNameSealed = nextPayeeHolderNameSealed;
            this.payeeHolderNameKeyId = nextPayeeHolderNameKeyId;
            this.payeeCardNumberMasked = nextPayeeCardNumberMasked;
            this.payeeCardNumberSealed = nextPayeeCardNumberSealed;
            this.payeeCardNumberKeyId = nextPayeeCardNumberKeyId;
            this.payeeBankName = nextPayeeBankName;
            this.payeeBranchName = nextPayeeBranchName;
        }
        this.nextPayeeAccountType = payee.accountType();
        this.nextPayeeHolderNameMasked = payee.holderName().masked();
        this.nextPayeeHolderNameSealed = payee.holderName().sealed();
        this.nextPayeeHolderNameKeyId = payee.holderName().keyId();
        this.nextPayeeCardNumberMasked = payee.cardNumber().masked();
        this.nextPayeeCardNumberSealed = payee.cardNumber().sealed();
        this.nextPayeeCardNumberKeyId = payee.cardNumber().keyId();
        this.nextPayeeBankName = payee.bankName();
        this.nextPayeeBranchName = payee.branchName();
        this.nextPayeeFrom = effectiveFrom;
        this.appliedSequence = sequence;
    }

    public String merchantNo() {
        return merchantNo;
    }

    public ApplicantType applicantType() {
        return applicantType;
    }

    public SettlementSpeed settlementSpeed() {
        return settlementSpeed;
    }

    public DeviceModel deviceModel() {
        return deviceModel;
    }

    public Instant openedAt() {
        return openedAt;
    }

    /** The merchant's data subject, whose key its personal data is sealed under; empty for an older merchant. */
    public Optional<String> applicationId() {
        return Optional.ofNullable(applicationId);
    }

    /**
     * Where a payout initiated at {@code at} goes, still sealed: O10 次日生效 — a changed account from its
     * {@code effectiveFrom} on, the account on file before it.
     */
    public SettlementAccountOnFile payee(Instant at) {
        if (nextPayeeFrom != null && !at.isBefore(nextPayeeFrom)) {
            return new SettlementAccountOnFile(nextPayeeAccountType,
                    new SealedValue(nextPayeeHolderNameMasked, nextPayeeHolderNameSealed, nextPayeeHolderNameKeyId),
                    new SealedValue(nextPayeeCardNumberMasked, nextPayeeCardNumberSealed, nextPayeeCardNumberKeyId),
                    nextPayeeBankName, nextPayeeBranchName);
        }
        return new SettlementAccountOnFile(payeeAccountType,
                new SealedValue(payeeHolderNameMasked, payeeHolderNameSealed, payeeHolderNameKeyId),
                new SealedValue(payeeCardNumberMasked, payeeCardNumberSealed, payeeCardNumberKeyId),
                payeeBankName, payeeBranchName);
    }
}
