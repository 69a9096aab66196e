package io.posflow.terminal.activation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MerchantPhoneRepository extends JpaRepository<MerchantPhone, String> {
}
