package io.posflow.settlement.readmodel.state;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeregisteredTerminalRepository extends JpaRepository<DeregisteredTerminal, String> {
}
