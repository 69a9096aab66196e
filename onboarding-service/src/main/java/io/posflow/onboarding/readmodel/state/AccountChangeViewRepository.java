package io.posflow.onboarding.readmodel.state;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountChangeViewRepository extends JpaRepository<AccountChangeView, String> {
}
