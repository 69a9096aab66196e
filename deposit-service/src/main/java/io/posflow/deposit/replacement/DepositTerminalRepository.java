package io.posflow.deposit.replacement;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepositTerminalRepository extends JpaRepository<DepositTerminal, String> {
}
