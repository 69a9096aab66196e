package io.posflow.settlement.readmodel.view;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

public interface ServiceFeeLineRepository extends JpaRepository<ServiceFeeLine, String> {

    List<ServiceFeeLine> findByMerchantNoAndChargedDateOrderByChargedAtAscFeeIdAsc(String merchantNo,
                                                                                  LocalDate chargedDate);
}
