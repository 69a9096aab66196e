package io.posflow.settlement.readmodel.state;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KnownMerchantRepository extends JpaRepository<KnownMerchant, String> {
}
