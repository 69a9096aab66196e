package io.posflow.terminal.query;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SettledSaleRepository extends JpaRepository<SettledSale, String> {
}
