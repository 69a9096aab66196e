package io.posflow.onboarding.query;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MerchantViewRepository extends JpaRepository<MerchantView, String> {
}
