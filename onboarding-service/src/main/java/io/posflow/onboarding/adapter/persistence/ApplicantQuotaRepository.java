package io.posflow.onboarding.adapter.persistence;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

interface ApplicantQuotaRepository extends JpaRepository<ApplicantQuotaRow, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from ApplicantQuotaRow q where q.applicantKey = :key")
    Optional<ApplicantQuotaRow> lock(@Param("key") String applicantKey);
}
