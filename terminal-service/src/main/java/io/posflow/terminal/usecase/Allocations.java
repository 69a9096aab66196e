package io.posflow.terminal.usecase;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.terminal.domain.allocation.TerminalRequest;
import io.posflow.terminal.domain.terminal.SerialNumber;
import io.posflow.terminal.domain.terminal.TerminalModel;
import io.posflow.terminal.domain.terminal.TerminalStatus;
import io.posflow.terminal.readmodel.state.AllocationLock;
import io.posflow.terminal.readmodel.state.AllocationLockRepository;
import io.posflow.terminal.readmodel.state.AwaitingAllocation;
import io.posflow.terminal.readmodel.state.AwaitingAllocationRepository;
import io.posflow.terminal.readmodel.state.TerminalView;
import io.posflow.terminal.readmodel.state.TerminalViewRepository;
import io.posflow.terminal.usecase.AllocationOutcome.AlreadyServed;
import io.posflow.terminal.usecase.AllocationOutcome.Bound;
import io.posflow.terminal.usecase.AllocationOutcome.Waiting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * T2 一机一户: which stock terminal an onboarded merchant gets. The terminal its application named, if that one is in
 * stock and of the application's model; otherwise the oldest registered stock terminal of the model; and when there
 * is none, the merchant waits in the allocation queue and is served, first come first, when a terminal of its model
 * is registered. An allocated terminal is bound exactly as a named one (TerminalBound, the code by SMS).
 *
 * <p>Every decision about a model's stock runs under that model's {@link AllocationLock}, in one database transaction
 * with the binding it makes, so the last stock terminal goes to exactly one merchant and a registration never misses
 * a merchant queued at the same moment. A merchant that has a terminal already keeps it: a redelivered
 * MerchantOnboarded binds nothing more.
 */
@Component
public class Allocations {

    private static final Logger log = LoggerFactory.getLogger(Allocations.class);
    /** Stock candidates read per attempt; one that a replacement (T8) took meanwhile is skipped. */
    private static final int CANDIDATES = 10;

    private final TerminalViewRepository terminals;
    private final AwaitingAllocationRepository queue;
    private final AllocationLockRepository locks;
    private final ActivationCodeIssuer activation;
    private final TransactionTemplate transaction;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    Allocations(TerminalViewRepository terminals, AwaitingAllocationRepository queue, AllocationLockRepository locks,
                ActivationCodeIssuer activation, PlatformTransactionManager transactions, Clock clock,
                MeterRegistry meters) {
        this.terminals = terminals;
        this.queue = queue;
        this.locks = locks;
        this.activation = activation;
        this.transaction = new TransactionTemplate(transactions);
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        for (TerminalModel model : TerminalModel.values()) {
            Gauge.builder("posflow.terminal.allocation.waiting", queue, q -> waiting(q, model))
                    .description("T2: merchants waiting for a stock terminal of the model")
                    .tag("model", model.name()).register(meters);
        }
    }

    /**
     * Serves an onboarded merchant: binds {@code named} if it is a registered stock terminal of the request's model,
     * else allocates one or queues the merchant. Joins the caller's transaction (the inbound message's).
     */
    public AllocationOutcome serve(TerminalRequest request, Optional<SerialNumber> named) {
        return transaction.execute(status -> {
            lock(request.model());
            List<String> serving = terminals.serialsServing(request.merchantNo().value());
            if (!serving.isEmpty()) {
                return new AlreadyServed(SerialNumber.of(serving.get(0)));
            }
            if (named.isPresent()) {
                Optional<SerialNumber> bound = bindNamed(named.get(), request);
                if (bound.isPresent()) {
                    return new Bound(bound.get(), true);
                }
            }
            if (queue.findByMerchantNo(request.merchantNo().value()).isEmpty()) {
                queue.save(new AwaitingAllocation(request, clock.instant()));
            }
            // Through the queue, so a merchant never overtakes one of its model waiting longer.
            serveQueue(request.model());
            return terminals.serialsServing(request.merchantNo().value()).stream().findFirst()
                    .<AllocationOutcome>map(serial -> new Bound(SerialNumber.of(serial), false))
                    .orElseGet(Waiting::new);
        });
    }

    /**
     * A terminal of {@code model} came into stock (T1): the merchants of the model waiting longest get the stock
     * there is. Runs in a transaction of its own; call it after the registration has committed.
     */
    public List<Allocated> stockArrived(TerminalModel model) {
        return newTransaction.execute(status -> {
            lock(model);
            return serveQueue(model);
        });
    }

    /** A safety net: serves every model with waiting merchants, e.g. after a registration whose trigger failed. */
    public void sweep() {
        for (TerminalModel model : queue.waitingModels()) {
            try {
                stockArrived(model);
            } catch (RuntimeException e) {
                log.warn("Allocation of {} terminals to waiting merchants failed: {}", model, e.toString());
            }
        }
    }

    /** A waiting merchant bound to a stock terminal. */
    public record Allocated(String merchantNo, SerialNumber serialNumber) {
    }

    private Optional<SerialNumber> bindNamed(SerialNumber named, TerminalRequest request) {
        TerminalView view = terminals.lockBySerialNumber(named.value())
                .orElseThrow(() -> new IllegalStateException("Terminal " + named + " is unknown"));
        if (request.canBeServedBy(view.model(), view.status())) {
            bind(named, request);
            queue.findByMerchantNo(request.merchantNo().value()).ifPresent(queue::delete);
            return Optional.of(named);
        }
        log.info("Merchant {} named terminal {} ({}, {}), not a {} terminal in stock: one is allocated instead",
                request.merchantNo(), named, view.model(), view.status(), request.model());
        return Optional.empty();
    }

    private List<Allocated> serveQueue(TerminalModel model) {
        List<Allocated> allocated = new ArrayList<>();
        while (true) {
            Optional<AwaitingAllocation> next = queue.findFirstByModelOrderByPositionAsc(model);
            if (next.isEmpty()) {
                return allocated;
            }
            Optional<SerialNumber> stock = oldestInStock(model);
            if (stock.isEmpty()) {
                return allocated;
            }
            TerminalRequest request = next.get().request();
            bind(stock.get(), request);
            queue.delete(next.get());
            allocated.add(new Allocated(request.merchantNo().value(), stock.get()));
            log.info("Terminal {} allocated to merchant {}", stock.get(), request.merchantNo());
        }
    }

    /**
     * The oldest registered stock terminal of the model, its row locked. Serials are read first and each row is
     * locked and read afresh, so a terminal taken over by a replacement (T8) meanwhile is passed over.
     */
    private Optional<SerialNumber> oldestInStock(TerminalModel model) {
        for (String serial : terminals.serialsInStock(model, PageRequest.of(0, CANDIDATES))) {
            Optional<TerminalView> locked = terminals.lockBySerialNumber(serial);
            if (locked.isPresent() && locked.get().status() == TerminalStatus.STOCK) {
                return Optional.of(SerialNumber.of(serial));
            }
        }
        return Optional.empty();
    }

    private void bind(SerialNumber serial, TerminalRequest request) {
        activation.bind(serial, request.merchantNo(), request.model(), request.applicantType(), request.speed());
    }

    /** Creates the model's lock row the first time (once, whichever instance wins), then takes the lock. */
    private void lock(TerminalModel model) {
        if (locks.lock(model).isPresent()) {
            return;
        }
        try {
            newTransaction.executeWithoutResult(status -> locks.saveAndFlush(new AllocationLock(model)));
        } catch (DataIntegrityViolationException createdMeanwhile) {
            // another thread or instance created it: lock that one
        }
        locks.lock(model).orElseThrow(() -> new IllegalStateException("No allocation lock for " + model));
    }

    private static double waiting(AwaitingAllocationRepository queue, TerminalModel model) {
        try {
            return queue.countByModel(model);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
