package io.posflow.settlement.readmodel.view;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

public interface PayoutLineRepository extends JpaRepository<PayoutLine, String> {

    List<PayoutLine> findByMerchantNoAndSettlementDateOrderByLastUpdateAtAscPayoutIdAsc(String merchantNo,
                                                                                       LocalDate settlementDate);
}
