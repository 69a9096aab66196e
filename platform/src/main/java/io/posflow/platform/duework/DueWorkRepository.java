package io.posflow.platform.duework;

import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface DueWorkRepository extends JpaRepository<DueWork, Long> {

    Optional<DueWork> findByKindAndKey(String kind, String key);

    @Query("select w.id from DueWork w where w.dueAt <= :now order by w.dueAt, w.id")
    List<Long> findDueIds(Instant now, Pageable page);

    /** Locks the row ({@code select … for update}) so two instances never run the same item. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from DueWork w where w.id = :id")
    Optional<DueWork> lockById(Long id);

    long countByDueAtLessThanEqual(Instant now);
}
