package io.posflow.settlement.query;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KnownMerchantRepository extends JpaRepository<KnownMerchant, String> {
}
