package io.posflow.onboarding.readmodel.state;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.onboarding.domain.merchant.AccountChangeStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A settlement account change (O10) as the merchant follows it: status, effectiveFrom once verified, reasons. */
@Entity
@Table(name = "account_change_view")
public class AccountChangeView {

    @Id
    @Column(name = "change_id", length = 36)
    private String changeId;

    @Column(name = "merchant_no", nullable = false, length = 15)
    private String merchantNo;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "account_type", nullable = false, length = 30)
    private AccountType accountType;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 30)
    private AccountChangeStatus status;

    @Column(name = "account_masked", nullable = false, length = 100)
    private String accountMasked;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "effective_from")
    private Instant effectiveFrom;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_change_view_reason", joinColumns = @JoinColumn(name = "change_id"))
    @OrderColumn(name = "position")
    private List<ViewReason> reasons = new ArrayList<>();

    @Column(name = "applied_sequence", nullable = false)
    private long appliedSequence = -1;

    protected AccountChangeView() {
    }

    AccountChangeView(String changeId) {
        this.changeId = changeId;
    }

    boolean isNew(long sequence) {
        return sequence > appliedSequence;
    }

    void requested(long sequence, String merchantNo, AccountType accountType, String accountMasked,
                   AccountChangeStatus status, Instant requestedAt) {
        this.merchantNo = merchantNo;
        this.accountType = accountType;
        this.accountMasked = accountMasked;
        this.status = status;
        this.requestedAt = requestedAt;
        this.appliedSequence = sequence;
    }

    void verified(long sequence, Instant effectiveFrom) {
        this.status = AccountChangeStatus.VERIFIED;
        this.effectiveFrom = effectiveFrom;
        this.appliedSequence = sequence;
    }

    void failed(long sequence, List<Reason> failures) {
        this.status = AccountChangeStatus.FAILED;
        this.reasons.clear();
        failures.forEach(r -> this.reasons.add(new ViewReason(r.code().name(), r.message())));
        this.appliedSequence = sequence;
    }

    public String changeId() {
        return changeId;
    }

    public String merchantNo() {
        return merchantNo;
    }

    public AccountType accountType() {
        return accountType;
    }

    public AccountChangeStatus status() {
        return status;
    }

    public String accountMasked() {
        return accountMasked;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    /** Null until verified. */
    public Instant effectiveFrom() {
        return effectiveFrom;
    }

    public List<Reason> reasons() {
        return reasons.stream().map(r -> new Reason(ReasonCode.valueOf(r.code), r.message)).toList();
    }

    @Embeddable
    public static class ViewReason {

        @Column(name = "code", nullable = false, length = 40)
        private String code;

        @Column(name = "message", nullable = false, length = 500)
        private String message;

        protected ViewReason() {
        }

        ViewReason(String code, String message) {
            this.code = code;
            this.message = message;
        }
    }
}
