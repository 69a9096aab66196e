package io.posflow.deposit.readmodel.view;

import io.posflow.deposit.domain.deposit.DepositOpened;
import io.posflow.deposit.domain.deposit.DepositStatus;
import io.posflow.deposit.domain.deposit.RefundMode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * What the merchant sees of a terminal's deposit (D6), keyed by the deposit's identifier (the serial it
 * was opened for) and showing the terminal it is on now (T8). {@code lastSequence} is the last of the
 * Deposit's events applied here, so a replayed event changes nothing.
 */
@Entity
@Table(name = "deposit_view")
public class DepositView {

    @Id
    @Column(name = "serial_number", length = 20)
    private String serialNumber;

    /** T8: the terminal the deposit is on now; null (the deposit's own serial) until it has moved. */
    @Column(name = "terminal_serial_number", length = 20)
    private String terminalSerialNumber;

    @Column(name = "merchant_no", nullable = false, length = 15)
    private String merchantNo;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private DepositStatus status;

    @Column(name = "deposit_fen", nullable = false)
    private long depositFen;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "window_end", nullable = false)
    private Instant windowEnd;

    @Column(name = "qualifying_volume_fen", nullable = false)
    private long qualifyingVolumeFen;

    @Column(name = "target_fen", nullable = false)
    private long targetFen;

    /** D3: whether the volume reached the target (the refund is due at once, or on the merchant's request). */
    @Column(name = "target_reached")
    private Boolean targetReached;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "refund_mode", length = 20)
    private RefundMode refundMode;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    protected DepositView() {
    }

    static DepositView opened(DepositOpened event, long sequence) {
        DepositView view = new DepositView();
        view.serialNumber = event.serialNumber();
        view.merchantNo = event.merchantNo();
        view.status = DepositStatus.HELD;
        view.depositFen = event.depositFen();
        view.windowStart = event.windowStart();
        view.windowEnd = event.windowEnd();
        view.qualifyingVolumeFen = 0;
        view.targetFen = event.targetFen();
        view.targetReached = false;
        view.refundMode = event.refundModeOrDefault();
        view.lastSequence = sequence;
        return view;
    }

    /** The target was reached in the Deposit's event {@code sequence}; returns false when it was applied before. */
    boolean targetReached(long qualifyingVolumeFen, long sequence) {
        if (sequence <= lastSequence) {
            return false;
        }
        this.targetReached = true;
        this.qualifyingVolumeFen = qualifyingVolumeFen;
        this.lastSequence = sequence;
        return true;
    }

    /** T8: the deposit moved to terminal {@code serialNumber} in its event {@code sequence}; false when applied before. */
    boolean moved(String serialNumber, long sequence) {
        if (sequence <= lastSequence) {
            return false;
        }
        this.terminalSerialNumber = serialNumber;
        this.lastSequence = sequence;
        return true;
    }

    /** Moves to {@code status} after the Deposit's event {@code sequence}; returns false when it was applied before. */
    boolean statusChanged(DepositStatus status, long qualifyingVolumeFen, long sequence) {
        if (sequence <= lastSequence) {
            return false;
        }
        this.status = status;
        this.qualifyingVolumeFen = qualifyingVolumeFen;
        this.lastSequence = sequence;
        return true;
    }

    public boolean targetReached() {
        return Boolean.TRUE.equals(targetReached);
    }

    public RefundMode refundMode() {
        return refundMode == null ? RefundMode.AUTOMATIC : refundMode;
    }

    public String serialNumber() {
        return serialNumber;
    }

    /** T8: the terminal that holds the deposit now — the one it was opened for until a replacement. */
    public String terminalSerialNumber() {
        return terminalSerialNumber != null ? terminalSerialNumber : serialNumber;
    }

    public String merchantNo() {
        return merchantNo;
    }

    public DepositStatus status() {
        return status;
    }

    public long depositFen() {
        return depositFen;
    }

    public Instant windowStart() {
        return windowStart;
    }

    public Instant windowEnd() {
        return windowEnd;
    }

    public long qualifyingVolumeFen() {
        return qualifyingVolumeFen;
    }

    public long targetFen() {
        return targetFen;
    }
}
