package io.posflow.terminal.query;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

public interface TerminalViewRepository extends JpaRepository<TerminalView, String> {

    /** {@code select … for update}: serialises captures on one terminal across requests and instances. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from TerminalView v where v.serialNumber = :serialNumber")
    Optional<TerminalView> lockBySerialNumber(String serialNumber);
}
