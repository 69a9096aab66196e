package io.posflow.deposit.readmodel.state;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Optional;

interface SettlementDayRepository extends JpaRepository<SettlementDay, LocalDate> {

    /** Locks the date's row, so closures seen on two partitions at once are counted one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from SettlementDay d where d.businessDate = :businessDate")
    Optional<SettlementDay> lockByBusinessDate(LocalDate businessDate);
}
