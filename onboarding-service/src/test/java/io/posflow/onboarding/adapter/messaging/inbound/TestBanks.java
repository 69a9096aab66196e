package io.posflow.onboarding.adapter.messaging.inbound;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The documented test partner banks (docs/partner-banks.md). TEST KEYS ONLY: these private keys are public
 * knowledge and must never be registered outside the {@code simulation} profile and tests.
 */
public final class TestBanks {

    /** TESTBANK, registered by the {@code simulation} profile (application-simulation.yml). */
    public static final String TESTBANK = "TESTBANK";
    public static final String TESTBANK_KEY_ID = "testbank-2026";
    public static final String TESTBANK_PUBLIC_KEY =
            "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEGkBkaS1t+9S5wfS1NljA3nsvWLTh5InsNTRw00NEcZ3lkB9AmPdjcc4eZ0xTcwnXt/DcE99qo0exdc4TsWTN7A==";
    /** PKCS#8, base64 DER. TEST ONLY. */
    public static final String TESTBANK_PRIVATE_KEY =
            "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQguT1MdZWxCe+vPOx9ckJwEAo1BYNNxaP3OukW/DdpbE6hRANCAAQaQGRpLW371LnB9LU2WMDeey9YtOHkiew1NHDTQ0RxneWQH0CY92Nxzh5nTFNzCde38NwT32qjR7F1zhOxZM3s";

    /** OTHERBANK, registered by the {@code it} test profile only (application-it.yml). */
    public static final String OTHERBANK = "OTHERBANK";
    public static final String OTHERBANK_KEY_ID = "otherbank-2026";
    public static final String OTHERBANK_PUBLIC_KEY =
            "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAErH7eBGhrVnONue2OEIY2+g0vtN/mSdABfSmY20StrmJixuBU7CO2gDRCTzCYMfmyq22UgS+p31z4Kvh7FZtu+g==";
    /** PKCS#8, base64 DER. TEST ONLY. */
    public static final String OTHERBANK_PRIVATE_KEY =
            "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgt7Pm2em0k/uD+MDg4RHUtHK+XiNNjjM+vHTCa7fRD3ChRANCAASsft4EaGtWc4257Y4Qhjb6DS+03+ZJ0AF9KZjbRK2uYmLG4FTsI7aANEJPMJgx+bKrbZSBL6nfXPgq+HsVm276";

    /** The worked example of docs/partner-banks.md: these exact bytes, signed once with TESTBANK's key. */
    public static final String WORKED_EXAMPLE_VALUE =
            "{\"bankCode\":\"TESTBANK\",\"bankReference\":\"TESTBANK-20261122-000123\"}";
    public static final String WORKED_EXAMPLE_SIGNATURE =
            "MEUCIEQHwt9ZWcIeKr10l+VQ1uUTR2/m3Tuut8mQk35FwNcCAiEA8jHc2hy2a0R9n5pJBhb2HjHccewGBt2Gp7Oh1P9Qy54=";

    private TestBanks() {
    }

    /** Base64 DER ECDSA P-256 / SHA-256 signature over {@code value}, as a bank computes it. */
    public static String sign(String privateKeyBase64, byte[] value) {
        try {
            PrivateKey key = KeyFactory.getInstance("EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKeyBase64)));
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initSign(key);
            ecdsa.update(value);
            return Base64.getEncoder().encodeToString(ecdsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The test key signs", e);
        }
    }

    public static String sign(String privateKeyBase64, String value) {
        return sign(privateKeyBase64, value.getBytes(StandardCharsets.UTF_8));
    }
}
