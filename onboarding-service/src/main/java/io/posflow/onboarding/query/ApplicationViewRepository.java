package io.posflow.onboarding.query;

import io.posflow.onboarding.application.ApplicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ApplicationViewRepository extends JpaRepository<ApplicationView, String> {

    /** The ops review queue (O7): oldest first. */
    List<ApplicationView> findByStatusOrderByUpdatedAtAsc(ApplicationStatus status);
}
