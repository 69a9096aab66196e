package io.posflow.deposit.readmodel.state;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The settlement watermark for one business date: on which partitions of settlement.transactions.v1
 * SettlementDayClosed was seen (one row per partition in {@code settlement_day_partition}). Settlement
 * writes the closure to every partition after that date's TransactionSettled there (architecture §4), so only
 * when every partition has shown it has every settled transaction of the date been counted.
 */
@Entity
@Table(name = "settlement_day")
public class SettlementDay {

    @Id
    @Column(name = "business_date")
    private LocalDate businessDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "settlement_day_partition", joinColumns = @JoinColumn(name = "business_date"))
    @Column(name = "partition_no", nullable = false)
    private Set<Integer> partitionsSeen = new HashSet<>();

    /** When the last partition showed the closure; null while some partition has not. */
    @Column(name = "closed_at")
    private Instant closedAt;

    protected SettlementDay() {
    }

    public SettlementDay(LocalDate businessDate) {
        this.businessDate = Objects.requireNonNull(businessDate, "businessDate");
    }

    /**
     * Notes that {@code partition} (of {@code partitionCount}) showed the closure. Returns true exactly
     * once: when this sighting completed the date. A partition seen again changes nothing.
     */
    public boolean seenOn(int partition, int partitionCount, Instant at) {
        if (partition < 0 || partition >= partitionCount) {
            throw new IllegalArgumentException("Partition " + partition + " is not one of the topic's "
                    + partitionCount + " partitions");
        }
        if (!partitionsSeen.add(partition) || closedAt != null) {
            return false;
        }
        if (partitionsSeen.size() < partitionCount) {
            return false;
        }
        closedAt = at;
        return true;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public LocalDate businessDate() {
        return businessDate;
    }
}
