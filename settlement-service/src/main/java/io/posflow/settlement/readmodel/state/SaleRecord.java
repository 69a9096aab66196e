package io.posflow.settlement.readmodel.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A SALE settlement has recorded, as voids and refunds need it: whether it is known at all (a VOID or REFUND
 * before its sale is parked), its settled fees and how much of it refunds already gave back (ADR 0010).
 */
@Entity
@Table(name = "sale_record")
public class SaleRecord {

    @Id
    @Column(name = "transaction_id", length = 100)
    private String transactionId;

    @Column(name = "merchant_no", nullable = false, length = 15)
    private String merchantNo;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "settled", nullable = false)
    private boolean settled;

    @Column(name = "voided", nullable = false)
    private boolean voided;

    @Column(name = "mdr_fee_fen", nullable = false)
    private long mdrFeeFen;

    @Column(name = "surcharge_fen", nullable = false)
    private long surchargeFen;

    /** The amount settled refunds of this sale gave back so far, positive. */
    @Column(name = "refunded_fen", nullable = false)
    private long refundedFen;

    protected SaleRecord() {
    }

    SaleRecord(String transactionId, String merchantNo, long amountFen) {
        this.transactionId = transactionId;
        this.merchantNo = merchantNo;
        this.amountFen = amountFen;
    }

    void settled(long mdrFeeFen, long surchargeFen) {
        this.settled = true;
        this.mdrFeeFen = mdrFeeFen;
        this.surchargeFen = surchargeFen;
    }

    void voided() {
        this.voided = true;
    }

    void refunded(long refundFen) {
        this.refundedFen = Math.addExact(refundedFen, refundFen);
    }

    public String transactionId() {
        return transactionId;
    }

    public String merchantNo() {
        return merchantNo;
    }

    public long amountFen() {
        return amountFen;
    }

    public boolean isSettled() {
        return settled;
    }

    public boolean isVoided() {
        return voided;
    }

    public long mdrFeeFen() {
        return mdrFeeFen;
    }

    public long surchargeFen() {
        return surchargeFen;
    }

    public long refundedFen() {
        return refundedFen;
    }
}
