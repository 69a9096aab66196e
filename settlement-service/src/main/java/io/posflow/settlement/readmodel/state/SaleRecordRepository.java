package io.posflow.settlement.readmodel.state;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SaleRecordRepository extends JpaRepository<SaleRecord, String> {
}
