package io.posflow.terminal.query;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TerminalViewRepository extends JpaRepository<TerminalView, String> {
}
