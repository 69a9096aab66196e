package io.posflow.settlement.readmodel.state;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.Optional;

public interface ClosedSettlementDayRepository extends JpaRepository<ClosedSettlementDay, LocalDate> {

    Optional<ClosedSettlementDay> findTopByOrderByBusinessDateDesc();
}
