package io.posflow.terminal.readmodel.state;

import io.posflow.terminal.domain.terminal.TerminalModel;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface TerminalViewRepository extends JpaRepository<TerminalView, String> {

    /** {@code select … for update}: serialises captures on one terminal across requests and instances. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from TerminalView v where v.serialNumber = :serialNumber")
    Optional<TerminalView> lockBySerialNumber(String serialNumber);

    /** T2: the terminals bound to the merchant, ever (a replaced one included), first bound first. */
    @Query("select v.serialNumber from TerminalView v where v.merchantNo = :merchantNo order by v.boundAt, v.serialNumber")
    List<String> serialsServing(String merchantNo);

    /** T2: the model's stock terminals, oldest registered first — the order they are allocated in. */
    @Query("select v.serialNumber from TerminalView v where v.model = :model"
            + " and v.status = io.posflow.terminal.domain.terminal.TerminalStatus.STOCK"
            + " order by v.registeredAt, v.serialNumber")
    List<String> serialsInStock(TerminalModel model, Pageable page);
}
