package io.posflow.terminal.readmodel.state;

import io.posflow.terminal.domain.allocation.TerminalRequest;
import io.posflow.terminal.domain.terminal.ApplicantType;
import io.posflow.terminal.domain.terminal.MerchantNo;
import io.posflow.terminal.domain.terminal.SettlementSpeed;
import io.posflow.terminal.domain.terminal.TerminalModel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * T2: a merchant waiting for a stock terminal of its model, none being in stock when it was onboarded. Served
 * first come, first served ({@code position}) when a terminal of the model is registered. Holds what the binding
 * needs and no personal data (the phone the code goes to is in {@code merchant_phone}).
 */
@Entity
@Table(name = "awaiting_allocation", indexes = @Index(name = "ix_awaiting_allocation_model", columnList = "model, position"))
public class AwaitingAllocation {

    /** Arrival order: FIFO per model. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long position;

    @Column(name = "merchant_no", nullable = false, unique = true, length = 15)
    private String merchantNo;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private TerminalModel model;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "applicant_type", nullable = false, length = 30)
    private ApplicantType applicantType;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 5)
    private SettlementSpeed speed;

    @Column(nullable = false)
    private Instant since;

    protected AwaitingAllocation() {
    }

    public AwaitingAllocation(TerminalRequest request, Instant since) {
        this.merchantNo = request.merchantNo().value();
        this.model = request.model();
        this.applicantType = request.applicantType();
        this.speed = request.speed();
        this.since = since;
    }

    public TerminalRequest request() {
        return new TerminalRequest(MerchantNo.of(merchantNo), model, applicantType, speed);
    }

    public String merchantNo() {
        return merchantNo;
    }

    public TerminalModel model() {
        return model;
    }

    public Instant since() {
        return since;
    }
}
