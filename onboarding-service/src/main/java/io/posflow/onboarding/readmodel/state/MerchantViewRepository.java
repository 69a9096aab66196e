package io.posflow.onboarding.readmodel.state;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MerchantViewRepository extends JpaRepository<MerchantView, String> {
}
