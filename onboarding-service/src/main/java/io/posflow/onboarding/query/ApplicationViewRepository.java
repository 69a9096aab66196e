package io.posflow.onboarding.query;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationViewRepository extends JpaRepository<ApplicationView, String> {
}
