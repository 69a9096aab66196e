package io.posflow.terminal.readmodel.state;

import io.posflow.terminal.domain.terminal.TerminalModel;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface AwaitingAllocationRepository extends JpaRepository<AwaitingAllocation, Long> {

    Optional<AwaitingAllocation> findByMerchantNo(String merchantNo);

    /** The merchant of {@code model} waiting longest. */
    Optional<AwaitingAllocation> findFirstByModelOrderByPositionAsc(TerminalModel model);

    /** The queue, first come first. */
    List<AwaitingAllocation> findAllByOrderByPositionAsc();

    long countByModel(TerminalModel model);

    @Query("select distinct a.model from AwaitingAllocation a")
    List<TerminalModel> waitingModels();
}
