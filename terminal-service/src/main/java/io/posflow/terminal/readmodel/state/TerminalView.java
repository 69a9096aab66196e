package io.posflow.terminal.readmodel.state;

import io.posflow.terminal.domain.terminal.TerminalModel;
import io.posflow.terminal.domain.terminal.TerminalStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One row per terminal: what {@code GET /terminals/{sn}} shows, and how the service knows a serial. */
@Entity
@Table(name = "terminal_view", indexes = {
        @Index(name = "ix_terminal_view_merchant", columnList = "merchant_no"),
        @Index(name = "ix_terminal_view_stock", columnList = "model, status, registered_at")})
public class TerminalView {

    @Id
    @Column(name = "serial_number", length = 20)
    private String serialNumber;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private TerminalModel model;

    @Column(nullable = false, length = 64)
    private String vendor;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private TerminalStatus status;

    @Column(name = "merchant_no", length = 15)
    private String merchantNo;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "bound_at")
    private Instant boundAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "deregistered_at")
    private Instant deregisteredAt;

    /** The aggregate sequence number of the last event applied: replays and redeliveries skip what is older. */
    @Column(name = "applied_sequence", nullable = false)
    private long appliedSequence;

    protected TerminalView() {
    }

    TerminalView(String serialNumber, TerminalModel model, String vendor, Instant registeredAt, long sequence) {
        this.serialNumber = serialNumber;
        this.model = model;
        this.vendor = vendor;
        this.status = TerminalStatus.STOCK;
        this.registeredAt = registeredAt;
        this.appliedSequence = sequence;
    }

    boolean hasApplied(long sequence) {
        return sequence <= appliedSequence;
    }

    void bound(String merchantNo, Instant boundAt, long sequence) {
        this.merchantNo = merchantNo;
        this.boundAt = boundAt;
        this.status = TerminalStatus.BOUND;
        this.appliedSequence = sequence;
    }

    void statusChanged(TerminalStatus status, long sequence) {
        this.status = status;
        this.appliedSequence = sequence;
    }

    void activated(Instant activatedAt, long sequence) {
        this.activatedAt = activatedAt;
        this.status = TerminalStatus.ACTIVE;
        this.appliedSequence = sequence;
    }

    void deregistered(Instant deregisteredAt, long sequence) {
        this.deregisteredAt = deregisteredAt;
        this.status = TerminalStatus.DEREGISTERED;
        this.appliedSequence = sequence;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public TerminalModel model() {
        return model;
    }

    public String vendor() {
        return vendor;
    }

    public TerminalStatus status() {
        return status;
    }

    public String merchantNo() {
        return merchantNo;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant boundAt() {
        return boundAt;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public Instant deregisteredAt() {
        return deregisteredAt;
    }
}
