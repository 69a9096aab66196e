package io.posflow.terminal.readmodel.state;

import io.posflow.terminal.domain.terminal.TerminalModel;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

public interface AllocationLockRepository extends JpaRepository<AllocationLock, TerminalModel> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from AllocationLock l where l.model = :model")
    Optional<AllocationLock> lock(TerminalModel model);
}
