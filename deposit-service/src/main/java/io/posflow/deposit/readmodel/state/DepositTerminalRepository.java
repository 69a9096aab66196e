package io.posflow.deposit.readmodel.state;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepositTerminalRepository extends JpaRepository<DepositTerminal, String> {
}
