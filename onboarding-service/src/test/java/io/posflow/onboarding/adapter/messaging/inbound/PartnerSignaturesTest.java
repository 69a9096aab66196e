package io.posflow.onboarding.adapter.messaging.inbound;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static io.posflow.onboarding.adapter.messaging.inbound.TestBanks.OTHERBANK;
import static io.posflow.onboarding.adapter.messaging.inbound.TestBanks.OTHERBANK_KEY_ID;
import static io.posflow.onboarding.adapter.messaging.inbound.TestBanks.OTHERBANK_PRIVATE_KEY;
import static io.posflow.onboarding.adapter.messaging.inbound.TestBanks.OTHERBANK_PUBLIC_KEY;
import static io.posflow.onboarding.adapter.messaging.inbound.TestBanks.TESTBANK;
import static io.posflow.onboarding.adapter.messaging.inbound.TestBanks.TESTBANK_KEY_ID;
import static io.posflow.onboarding.adapter.messaging.inbound.TestBanks.TESTBANK_PRIVATE_KEY;
import static io.posflow.onboarding.adapter.messaging.inbound.TestBanks.TESTBANK_PUBLIC_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/** architecture §5: ECDSA P-256 / SHA-256 over the value bytes, base64 DER, verified with the bank's registered key. */
class PartnerSignaturesTest {

    private static final String VALUE = "{\"bankCode\":\"TESTBANK\",\"bankReference\":\"REF-1\",\"staffId\":\"E2231\"}";

    private final PartnerSignatures signatures = new PartnerSignatures(PartnerKeyRegistry.of(Map.of(
            TESTBANK, Map.of(TESTBANK_KEY_ID, TESTBANK_PUBLIC_KEY),
            OTHERBANK, Map.of(OTHERBANK_KEY_ID, OTHERBANK_PUBLIC_KEY))));

    @Test
    void DESIGN5_aValueSignedWithTheBanksKeyVerifiesAndNamesTheSigner() {
        String signature = TestBanks.sign(TESTBANK_PRIVATE_KEY, VALUE);

        assertThat(signatures.verify(bytes(VALUE), TESTBANK_KEY_ID, signature))
                .isEqualTo(new PartnerSignatures.Verified(TESTBANK));
    }

    @Test
    void DESIGN5_theWorkedExampleOfTheBankContractVerifies() {
        assertThat(signatures.verify(bytes(TestBanks.WORKED_EXAMPLE_VALUE), TESTBANK_KEY_ID,
                TestBanks.WORKED_EXAMPLE_SIGNATURE)).isEqualTo(new PartnerSignatures.Verified(TESTBANK));
    }

    @Test
    void DESIGN5_aValueAlteredAfterSigningIsRejected() {
        String signature = TestBanks.sign(TESTBANK_PRIVATE_KEY, VALUE);

        assertThat(codeOf(signatures.verify(bytes(VALUE.replace("E2231", "E2232")), TESTBANK_KEY_ID, signature)))
                .isEqualTo("SIGNATURE_INVALID");
    }

    @Test
    void DESIGN5_aSignatureByAnotherKeyThanTheNamedOneIsRejected() {
        String signature = TestBanks.sign(OTHERBANK_PRIVATE_KEY, VALUE);

        assertThat(codeOf(signatures.verify(bytes(VALUE), TESTBANK_KEY_ID, signature)))
                .isEqualTo("SIGNATURE_INVALID");
    }

    @Test
    void DESIGN5_aKeyIdThatIsNotRegisteredIsRejected() {
        String signature = TestBanks.sign(TESTBANK_PRIVATE_KEY, VALUE);

        assertThat(codeOf(signatures.verify(bytes(VALUE), "icbc-2026", signature)))
                .isEqualTo("KEY_UNKNOWN");
    }

    @Test
    void DESIGN5_aMissingSignatureOrKeyIdIsRejected() {
        String signature = TestBanks.sign(TESTBANK_PRIVATE_KEY, VALUE);

        assertThat(codeOf(signatures.verify(bytes(VALUE), TESTBANK_KEY_ID, null)))
                .isEqualTo("SIGNATURE_MISSING");
        assertThat(codeOf(signatures.verify(bytes(VALUE), null, signature)))
                .isEqualTo("SIGNATURE_MISSING");
        assertThat(codeOf(signatures.verify(bytes(VALUE), " ", signature)))
                .isEqualTo("SIGNATURE_MISSING");
    }

    @Test
    void DESIGN5_aSignatureThatIsNotBase64OrNotDerIsRejectedAsInvalid() {
        String notDer = Base64.getEncoder().encodeToString("not a DER sequence".getBytes(StandardCharsets.UTF_8));
        byte[] der = Base64.getDecoder().decode(TestBanks.sign(TESTBANK_PRIVATE_KEY, VALUE));
        String truncated = Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(der, der.length - 5));

        assertThat(codeOf(signatures.verify(bytes(VALUE), TESTBANK_KEY_ID, "%%% not base64 %%%")))
                .isEqualTo("SIGNATURE_INVALID");
        assertThat(codeOf(signatures.verify(bytes(VALUE), TESTBANK_KEY_ID, notDer)))
                .isEqualTo("SIGNATURE_INVALID");
        assertThat(codeOf(signatures.verify(bytes(VALUE), TESTBANK_KEY_ID, truncated)))
                .isEqualTo("SIGNATURE_INVALID");
    }

    @Test
    void theRejectionNeverQuotesTheHeaders() {
        PartnerSignatures.Verification v = signatures.verify(bytes(VALUE), TESTBANK_KEY_ID, "c2VjcmV0LXZhbHVl");

        assertThat(((PartnerSignatures.Rejected) v).message()).doesNotContain("c2VjcmV0LXZhbHVl");
    }

    private static String codeOf(PartnerSignatures.Verification verification) {
        return verification instanceof PartnerSignatures.Rejected r ? r.code() : "VERIFIED";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
