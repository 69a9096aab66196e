package io.posflow.onboarding.adapter.messaging.inbound;

import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Map;

import static io.posflow.onboarding.adapter.messaging.inbound.TestBanks.OTHERBANK_PUBLIC_KEY;
import static io.posflow.onboarding.adapter.messaging.inbound.TestBanks.TESTBANK_KEY_ID;
import static io.posflow.onboarding.adapter.messaging.inbound.TestBanks.TESTBANK_PUBLIC_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** architecture §5: the partner-key registry accepts P-256 keys only, each key id for exactly one bank. */
class PartnerKeyRegistryTest {

    @Test
    void DESIGN5_aRegisteredKeyBelongsToItsBank() {
        PartnerKeyRegistry registry = PartnerKeyRegistry.of(Map.of("TESTBANK", Map.of(TESTBANK_KEY_ID, TESTBANK_PUBLIC_KEY)));

        assertThat(registry.key(TESTBANK_KEY_ID)).get().extracting(PartnerKeyRegistry.PartnerKey::bankCode)
                .isEqualTo("TESTBANK");
        assertThat(registry.isRegistered("TESTBANK")).isTrue();
        assertThat(registry.isRegistered("ICBC")).isFalse();
        assertThat(registry.key("unknown")).isEmpty();
    }

    @Test
    void aBankCodeFromAnEnvironmentVariableIsTakenInUpperCase() {
        PartnerKeyRegistry registry = PartnerKeyRegistry.of(Map.of("testbank", Map.of(TESTBANK_KEY_ID, TESTBANK_PUBLIC_KEY)));

        assertThat(registry.isRegistered("TESTBANK")).isTrue();
    }

    @Test
    void DESIGN5_aKeyThatIsNotP256FailsTheStartUp() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        String p384 = Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String rsaKey = Base64.getEncoder().encodeToString(rsa.generateKeyPair().getPublic().getEncoded());

        assertThatThrownBy(() -> PartnerKeyRegistry.of(Map.of("TESTBANK", Map.of("k-384", p384))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("posflow.onboarding.partner-banks.TESTBANK.keys.k-384")
                .hasMessageContaining("P-256");
        assertThatThrownBy(() -> PartnerKeyRegistry.of(Map.of("TESTBANK", Map.of("k-rsa", rsaKey))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k-rsa");
    }

    @Test
    void aMalformedKeyFailsTheStartUpWithoutQuotingIt() {
        assertThatThrownBy(() -> PartnerKeyRegistry.of(Map.of("TESTBANK", Map.of("k-1", "bm90IGEga2V5"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("posflow.onboarding.partner-banks.TESTBANK.keys.k-1")
                .hasMessageNotContaining("bm90IGEga2V5");
    }

    @Test
    void aKeyIdRegisteredForTwoBanksFailsTheStartUp() {
        assertThatThrownBy(() -> PartnerKeyRegistry.of(Map.of(
                "TESTBANK", Map.of("shared", TESTBANK_PUBLIC_KEY),
                "OTHERBANK", Map.of("shared", OTHERBANK_PUBLIC_KEY))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one bank");
    }

    @Test
    void aBankCodeOutsideTheSchemaOrABankWithoutKeysFailsTheStartUp() {
        assertThatThrownBy(() -> PartnerKeyRegistry.of(Map.of("BANK:1", Map.of("k", TESTBANK_PUBLIC_KEY))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartnerKeyRegistry.of(Map.of("TESTBANK", Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
