package io.posflow.onboarding.query;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountChangeViewRepository extends JpaRepository<AccountChangeView, String> {
}
