package io.posflow.settlement.readmodel.view;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

public interface StatementLineRepository extends JpaRepository<StatementLine, String> {

    List<StatementLine> findByMerchantNoAndBusinessDateOrderByCapturedAtAscTransactionIdAsc(String merchantNo,
                                                                                             LocalDate businessDate);

    List<StatementLine> findByMerchantNoAndSettlementDateOrderByCapturedAtAscTransactionIdAsc(String merchantNo,
                                                                                              LocalDate settlementDate);
}
