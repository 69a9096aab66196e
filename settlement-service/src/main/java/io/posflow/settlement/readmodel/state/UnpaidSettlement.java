package io.posflow.settlement.readmodel.state;

import io.posflow.contracts.onboarding.SettlementSpeed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;

/**
 * A settled transaction whose net has not been assigned to a settlement payout yet (S6): T1 ones wait for the
 * run that settled them, a T0 one for its own payout. Gone once a payout covers it.
 */
@Entity
@Table(name = "unpaid_settlement",
        indexes = @Index(name = "ix_unpaid_settlement_speed_date", columnList = "speed, settlement_date, merchant_no"))
public class UnpaidSettlement {

    @Id
    @Column(name = "transaction_id", length = 100)
    private String transactionId;

    @Column(name = "merchant_no", nullable = false, length = 15)
    private String merchantNo;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "speed", nullable = false, length = 10)
    private SettlementSpeed speed;

    @Column(name = "settlement_date", nullable = false)
    private LocalDate settlementDate;

    @Column(name = "net_fen", nullable = false)
    private long netFen;

    protected UnpaidSettlement() {
    }

    UnpaidSettlement(String transactionId, String merchantNo, SettlementSpeed speed, LocalDate settlementDate,
                     long netFen) {
        this.transactionId = transactionId;
        this.merchantNo = merchantNo;
        this.speed = speed;
        this.settlementDate = settlementDate;
        this.netFen = netFen;
    }

    public String transactionId() {
        return transactionId;
    }

    public String merchantNo() {
        return merchantNo;
    }

    public SettlementSpeed speed() {
        return speed;
    }

    public LocalDate settlementDate() {
        return settlementDate;
    }

    public long netFen() {
        return netFen;
    }
}
