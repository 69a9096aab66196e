package io.posflow.onboarding.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The last sequence number handed out under one 11-digit prefix (institution + area + MCC). The prefix
 * is the primary key, so two instances creating the row at once cannot both succeed; increments happen
 * under a pessimistic row lock.
 */
@Entity
@Table(name = "merchant_number_sequence")
public class MerchantNumberSequence {

    @Id
    @Column(length = 11)
    private String prefix;

    @Column(nullable = false)
    private int lastSequence;

    /** Null until stored: makes saving a new row an insert, never a merge over a row another instance created. */
    @Version
    private Long version;

    protected MerchantNumberSequence() {
        // for JPA
    }

    MerchantNumberSequence(String prefix) {
        this.prefix = prefix;
        this.lastSequence = 0;
    }

    int next() {
        return ++lastSequence;
    }

    int lastSequence() {
        return lastSequence;
    }
}
