package io.posflow.settlement.readmodel.view;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * How one settlement payout was reached (S4/S6): the net of its transactions, the service fees deducted, what
 * is paid, and what is carried to the next payout. Kept also when nothing is paid (fees above the net).
 */
@Entity
@Table(name = "payout_deduction_line",
        indexes = @Index(name = "ix_payout_deduction_merchant_date", columnList = "merchant_no, settlement_date"))
public class PayoutDeductionLine {

    @Id
    @Column(name = "payout_id", length = 100)
    private String payoutId;

    @Column(name = "merchant_no", nullable = false, length = 15)
    private String merchantNo;

    @Column(name = "settlement_date", nullable = false)
    private LocalDate settlementDate;

    @Column(name = "transaction_count", nullable = false)
    private int transactionCount;

    @Column(name = "net_fen", nullable = false)
    private long netFen;

    @Column(name = "deducted_fen", nullable = false)
    private long deductedFen;

    @Column(name = "payable_fen", nullable = false)
    private long payableFen;

    @Column(name = "carried_forward_fen", nullable = false)
    private long carriedForwardFen;

    protected PayoutDeductionLine() {
    }

    PayoutDeductionLine(String payoutId, String merchantNo, LocalDate settlementDate, int transactionCount,
                        long netFen, long deductedFen, long payableFen, long carriedForwardFen) {
        this.payoutId = payoutId;
        this.merchantNo = merchantNo;
        this.settlementDate = settlementDate;
        this.transactionCount = transactionCount;
        this.netFen = netFen;
        this.deductedFen = deductedFen;
        this.payableFen = payableFen;
        this.carriedForwardFen = carriedForwardFen;
    }

    public String payoutId() {
        return payoutId;
    }

    public int transactionCount() {
        return transactionCount;
    }

    public long netFen() {
        return netFen;
    }

    public long deductedFen() {
        return deductedFen;
    }

    public long payableFen() {
        return payableFen;
    }

    public long carriedForwardFen() {
        return carriedForwardFen;
    }
}
