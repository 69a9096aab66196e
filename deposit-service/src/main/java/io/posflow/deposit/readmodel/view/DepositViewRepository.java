package io.posflow.deposit.readmodel.view;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DepositViewRepository extends JpaRepository<DepositView, String> {
}
