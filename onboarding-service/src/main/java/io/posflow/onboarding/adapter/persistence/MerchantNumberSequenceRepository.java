package io.posflow.onboarding.adapter.persistence;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

interface MerchantNumberSequenceRepository extends JpaRepository<MerchantNumberSequence, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from MerchantNumberSequence s where s.prefix = :prefix")
    Optional<MerchantNumberSequence> lockByPrefix(@Param("prefix") String prefix);
}
