package io.posflow.settlement.query;

import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.SettlementSpeed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A merchant whose account settlement has opened: what inbound captures are checked against. */
@Entity
@Table(name = "known_merchant")
public class KnownMerchant {

    @Id
    @Column(name = "merchant_no", length = 15)
    private String merchantNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false, length = 30)
    private ApplicantType applicantType;

    @Enumerated(EnumType.STRING)
    @Column(name = "settlement_speed", nullable = false, length = 10)
    private SettlementSpeed settlementSpeed;

    @Enumerated(EnumType.STRING)
    @Column(name = "device_model", nullable = false, length = 10)
    private DeviceModel deviceModel;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

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
                Instant openedAt, long sequence) {
        this.applicantType = applicantType;
        this.settlementSpeed = settlementSpeed;
        this.deviceModel = deviceModel;
        this.openedAt = openedAt;
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
}
