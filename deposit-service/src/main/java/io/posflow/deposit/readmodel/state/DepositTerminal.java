package io.posflow.deposit.readmodel.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * T8: a replacement terminal and the deposit that moved to it. The deposit keeps its identifier, the
 * serial it was opened for; this row lets the new serial find it.
 */
@Entity
@Table(name = "deposit_terminal")
public class DepositTerminal {

    @Id
    @Column(name = "serial_number", length = 20)
    private String serialNumber;

    @Column(name = "deposit_id", nullable = false, length = 20)
    private String depositId;

    protected DepositTerminal() {
    }

    DepositTerminal(String serialNumber, String depositId) {
        this.serialNumber = serialNumber;
        this.depositId = depositId;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public String depositId() {
        return depositId;
    }
}
