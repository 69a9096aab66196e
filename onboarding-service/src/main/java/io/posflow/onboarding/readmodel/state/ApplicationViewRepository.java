package io.posflow.onboarding.readmodel.state;

import io.posflow.onboarding.domain.application.ApplicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface ApplicationViewRepository extends JpaRepository<ApplicationView, String> {

    /** The ops review queue (O7): oldest first. */
    List<ApplicationView> findByStatusOrderByUpdatedAtAsc(ApplicationStatus status);

    long countByStatus(ApplicationStatus status);

    Optional<ApplicationView> findFirstByStatusOrderByUpdatedAtAsc(ApplicationStatus status);
}
