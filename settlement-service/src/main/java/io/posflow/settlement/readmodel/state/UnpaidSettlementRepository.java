package io.posflow.settlement.readmodel.state;

import io.posflow.contracts.onboarding.SettlementSpeed;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

public interface UnpaidSettlementRepository extends JpaRepository<UnpaidSettlement, String> {

    List<UnpaidSettlement> findBySpeedAndSettlementDateLessThanEqualOrderByMerchantNoAscTransactionIdAsc(
            SettlementSpeed speed, LocalDate settlementDate);
}
