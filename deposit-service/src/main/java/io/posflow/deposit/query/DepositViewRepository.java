package io.posflow.deposit.query;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DepositViewRepository extends JpaRepository<DepositView, String> {
}
