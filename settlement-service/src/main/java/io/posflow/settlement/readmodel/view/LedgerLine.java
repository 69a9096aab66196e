package io.posflow.settlement.readmodel.view;

import io.posflow.settlement.domain.ledger.EntryKind;
import io.posflow.settlement.domain.ledger.LedgerAccount;
import io.posflow.settlement.domain.ledger.Posting;
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

/** One posting of a journal entry (S9), as stored. Rows are only ever inserted. */
@Entity
@Table(name = "ledger_line", indexes = {
        @Index(name = "ix_ledger_line_entry", columnList = "entry_id"),
        @Index(name = "ix_ledger_line_merchant_date", columnList = "merchant_no, accounting_date")})
public class LedgerLine {

    @Id
    @Column(name = "line_id", length = 120)
    private String lineId;

    @Column(name = "entry_id", nullable = false, length = 100)
    private String entryId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 30)
    private EntryKind kind;

    @Column(name = "merchant_no", nullable = false, length = 15)
    private String merchantNo;

    @Column(name = "accounting_date", nullable = false)
    private LocalDate accountingDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "account", nullable = false, length = 30)
    private LedgerAccount account;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "side", nullable = false, length = 6)
    private Posting.Side side;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    protected LedgerLine() {
    }

    LedgerLine(String entryId, int lineNo, EntryKind kind, String merchantNo, LocalDate accountingDate,
               Posting posting) {
        this.lineId = entryId + "#" + lineNo;
        this.entryId = entryId;
        this.kind = kind;
        this.merchantNo = merchantNo;
        this.accountingDate = accountingDate;
        this.account = posting.account();
        this.side = posting.side();
        this.amountFen = posting.amount().fen();
    }

    public String entryId() {
        return entryId;
    }

    public EntryKind kind() {
        return kind;
    }

    public String merchantNo() {
        return merchantNo;
    }

    public LocalDate accountingDate() {
        return accountingDate;
    }

    public LedgerAccount account() {
        return account;
    }

    public Posting.Side side() {
        return side;
    }

    public long amountFen() {
        return amountFen;
    }
}
