package io.posflow.deposit.readmodel.state;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public interface DepositDeadlineRepository extends JpaRepository<DepositDeadline, String> {

    List<DepositDeadline> findByWindowEndDateAndWindowEndLessThanEqualOrderBySerialNumber(LocalDate windowEndDate,
                                                                                          Instant endedBy);
}
