package io.posflow.settlement.query;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeregisteredTerminalRepository extends JpaRepository<DeregisteredTerminal, String> {
}
