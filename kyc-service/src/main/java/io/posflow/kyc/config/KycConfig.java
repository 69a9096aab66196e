package io.posflow.kyc.config;

import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.kyc.domain.checks.BankCardElementCheck;
import io.posflow.kyc.domain.checks.BankCardElementVerifier;
import io.posflow.kyc.domain.checks.DocumentCheck;
import io.posflow.kyc.domain.checks.DocumentInspector;
import io.posflow.kyc.domain.checks.FaceMatchCheck;
import io.posflow.kyc.domain.checks.FaceMatcher;
import io.posflow.kyc.domain.checks.MicroDepositPayouts;
import io.posflow.kyc.domain.checks.MicroDepositVerification;
import io.posflow.kyc.domain.kyccase.MicroDepositTerms;
import io.posflow.kyc.domain.kyccase.WellFormedApplicationCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import java.security.SecureRandom;

/**
 * The checks every case runs, in this order: well-formedness, K4, K5 (with K9), K7 — each provider check
 * unseals what it sends just before its call — and how the case view is kept.
 */
@Configuration(proxyBeanMethods = false)
public class KycConfig {

    @Bean
    @Order(1)
    WellFormedApplicationCheck wellFormedApplicationCheck() {
        return new WellFormedApplicationCheck();
    }

    @Bean
    @Order(2)
    BankCardElementCheck bankCardElementCheck(BankCardElementVerifier bank, SealedValueCodec sealing) {
        return new BankCardElementCheck(bank, sealing);
    }

    @Bean
    @Order(3)
    FaceMatchCheck faceMatchCheck(FaceMatcher faces, SealedValueCodec sealing, KycProperties settings) {
        return new FaceMatchCheck(faces, sealing, settings.face().threshold());
    }

    @Bean
    @Order(4)
    DocumentCheck documentCheck(DocumentInspector inspector) {
        return new DocumentCheck(inspector);
    }

    /** K10: a random micro-deposit of 1–99 fen for each corporate account. */
    @Bean
    MicroDepositVerification microDepositVerification(MicroDepositPayouts bank, SealedValueCodec sealing) {
        SecureRandom random = new SecureRandom();
        return new MicroDepositVerification(bank, sealing, () -> 1 + random.nextInt(99));
    }

    /** K10: the answer window and the wrong answer that fails the case, as the use cases take them. */
    @Bean
    MicroDepositTerms microDepositTerms(KycProperties settings) {
        return settings.microDeposit().terms();
    }
}
