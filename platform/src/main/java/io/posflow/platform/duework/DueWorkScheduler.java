package io.posflow.platform.duework;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/** Schedules and cancels due work; joins the caller's transaction so the work commits with its cause. */
public class DueWorkScheduler {

    private final DueWorkRepository repository;

    public DueWorkScheduler(DueWorkRepository repository) {
        this.repository = repository;
    }

    /** Schedules {@code kind/key} at {@code dueAt}; scheduling the same kind and key again moves it. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void schedule(String kind, String key, Instant dueAt, String payload) {
        repository.findByKindAndKey(kind, key).ifPresentOrElse(
                existing -> existing.reschedule(dueAt, payload),
                () -> repository.save(new DueWork(kind, key, dueAt, payload)));
    }

    /** Schedules {@code kind/key} unless it is already scheduled. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void scheduleIfAbsent(String kind, String key, Instant dueAt, String payload) {
        if (repository.findByKindAndKey(kind, key).isEmpty()) {
            repository.save(new DueWork(kind, key, dueAt, payload));
        }
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public boolean cancel(String kind, String key) {
        return repository.findByKindAndKey(kind, key).map(w -> {
            repository.delete(w);
            return true;
        }).orElse(false);
    }
}
