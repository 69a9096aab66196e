package io.posflow.settlement.readmodel.state;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface RiskCardRepository extends JpaRepository<RiskCard, String> {

    /** The merchant's own cards with this fingerprint (S7). */
    List<RiskCard> findByMerchantNoAndFingerprint(String merchantNo, String fingerprint);
}
