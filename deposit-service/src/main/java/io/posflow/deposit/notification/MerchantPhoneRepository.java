package io.posflow.deposit.notification;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MerchantPhoneRepository extends JpaRepository<MerchantPhone, String> {
}
