package io.posflow.terminal.readmodel.state;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MerchantPhoneRepository extends JpaRepository<MerchantPhone, String> {
}
