package io.posflow.settlement.readmodel.state;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface RiskHoldRepository extends JpaRepository<RiskHold, String> {

    List<RiskHold> findAllByOrderByFlaggedAtAscTransactionIdAsc();

    List<RiskHold> findByStatusOrderByFlaggedAtAscTransactionIdAsc(RiskHold.Status status);
}
