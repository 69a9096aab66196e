package io.posflow.settlement.readmodel.state;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

public interface PendingSettlementRepository extends JpaRepository<PendingSettlement, String> {

    /** What the run of {@code runDate} settles, in capture order. */
    List<PendingSettlement> findByBusinessDateBeforeOrderByBusinessDateAscCapturedAtAscTransactionIdAsc(
            LocalDate runDate);
}
