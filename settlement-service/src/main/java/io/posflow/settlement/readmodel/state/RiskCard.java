package io.posflow.settlement.readmodel.state;

import io.posflow.contracts.settlement.CashOutRiskReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A card the merchant itself used, by terminal-service's keyed hash (never the PAN): a SALE of the merchant on
 * it is a possible self-swipe (S7).
 */
@Entity
@Table(name = "risk_card", indexes = @Index(name = "ix_risk_card_match", columnList = "merchant_no, fingerprint"))
public class RiskCard {

    @Id
    @Column(name = "id", length = 120)
    private String id;

    @Column(name = "merchant_no", nullable = false, length = 15)
    private String merchantNo;

    @Column(name = "fingerprint", nullable = false, length = 64)
    private String fingerprint;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "reason", nullable = false, length = 30)
    private CashOutRiskReason reason;

    protected RiskCard() {
    }

    RiskCard(String merchantNo, String fingerprint, CashOutRiskReason reason) {
        this.id = idOf(merchantNo, fingerprint, reason);
        this.merchantNo = merchantNo;
        this.fingerprint = fingerprint;
        this.reason = reason;
    }

    static String idOf(String merchantNo, String fingerprint, CashOutRiskReason reason) {
        return merchantNo + ":" + reason + ":" + fingerprint;
    }

    public CashOutRiskReason reason() {
        return reason;
    }
}
