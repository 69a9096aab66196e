package io.posflow.settlement.readmodel.view;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

public interface PayoutDeductionLineRepository extends JpaRepository<PayoutDeductionLine, String> {

    List<PayoutDeductionLine> findByMerchantNoAndSettlementDateOrderByPayoutIdAsc(String merchantNo,
                                                                                 LocalDate settlementDate);
}
