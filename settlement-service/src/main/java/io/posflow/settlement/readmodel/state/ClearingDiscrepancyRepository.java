package io.posflow.settlement.readmodel.state;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

public interface ClearingDiscrepancyRepository extends JpaRepository<ClearingDiscrepancyLine, String> {

    List<ClearingDiscrepancyLine> findByBusinessDateAndStatus(LocalDate businessDate,
                                                              ClearingDiscrepancyLine.Status status);

    List<ClearingDiscrepancyLine> findByBusinessDateOrderByTransactionId(LocalDate businessDate);

    List<ClearingDiscrepancyLine> findByStatusInOrderByBusinessDateAscTransactionIdAsc(
            Collection<ClearingDiscrepancyLine.Status> statuses);

    List<ClearingDiscrepancyLine> findByTransactionId(String transactionId);
}
