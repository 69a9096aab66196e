package io.posflow.settlement.provider;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

interface SimulatedClearingItemRepository extends JpaRepository<SimulatedClearingItem, String> {

    List<SimulatedClearingItem> findByBusinessDateOrderByTransactionId(LocalDate businessDate);
}
