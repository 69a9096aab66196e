package io.posflow.contracts.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SealedValueCodecTest {

    private static final String ID_NUMBER = "110105199003071239";
    private static final byte[] KEY_1 = key(1);
    private static final byte[] KEY_2 = key(2);

    private final SealedValueCodec codec = new SealedValueCodec(Map.of("k1", KEY_1, "k2", KEY_2), "k1");

    @Test
    void aSealedValueUnsealsToTheClearValue() {
        SealedValue sealed = codec.seal(ID_NUMBER, Mask.ID_NUMBER);

        assertThat(codec.unseal(sealed)).isEqualTo(ID_NUMBER);
    }

    @Test
    void chineseNamesRoundTrip() {
        assertThat(codec.unseal(codec.seal("欧阳娜娜", Mask.NAME))).isEqualTo("欧阳娜娜");
    }

    @Test
    void aSealedValueCarriesTheMaskTheCurrentKeyIdAndNoClearText() {
        SealedValue sealed = codec.seal(ID_NUMBER, Mask.ID_NUMBER);

        assertThat(sealed.masked()).isEqualTo("110***********1239");
        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(sealed.sealed()).doesNotContain(ID_NUMBER);
        assertThat(new String(Base64.getDecoder().decode(sealed.sealed()), StandardCharsets.ISO_8859_1))
                .doesNotContain(ID_NUMBER);
    }

    @Test
    void theSealedFormIsATwelveByteIvThenCiphertextAndTag() {
        byte[] sealed = Base64.getDecoder().decode(codec.seal(ID_NUMBER, Mask.ID_NUMBER).sealed());

        assertThat(sealed).hasSize(12 + ID_NUMBER.length() + 16);
    }

    @Test
    void sealingTheSameValueTwiceGivesDifferentCiphertexts() {
        assertThat(codec.seal(ID_NUMBER, Mask.ID_NUMBER).sealed())
                .isNotEqualTo(codec.seal(ID_NUMBER, Mask.ID_NUMBER).sealed());
    }

    @Test
    void tamperedCiphertextIsRejected() {
        SealedValue sealed = codec.seal(ID_NUMBER, Mask.ID_NUMBER);
        byte[] bytes = Base64.getDecoder().decode(sealed.sealed());
        bytes[bytes.length - 20] ^= 0x01;
        SealedValue tampered = new SealedValue(sealed.masked(), Base64.getEncoder().encodeToString(bytes), sealed.keyId());

        assertThatThrownBy(() -> codec.unseal(tampered))
                .isInstanceOf(SealingException.class)
                .hasMessageContaining("failed authentication")
                .hasMessageNotContaining(ID_NUMBER);
    }

    @Test
    void aTamperedIvIsRejected() {
        SealedValue sealed = codec.seal(ID_NUMBER, Mask.ID_NUMBER);
        byte[] bytes = Base64.getDecoder().decode(sealed.sealed());
        bytes[0] ^= 0x01;
        SealedValue tampered = new SealedValue(sealed.masked(), Base64.getEncoder().encodeToString(bytes), sealed.keyId());

        assertThatThrownBy(() -> codec.unseal(tampered)).isInstanceOf(SealingException.class);
    }

    @Test
    void aChangedKeyIdIsRejectedEvenWhenTheKeysAreEqual() {
        // The same key material under two ids: only the authenticated key id tells them apart.
        SealedValueCodec twins = new SealedValueCodec(Map.of("k1", KEY_1, "k1-copy", KEY_1), "k1");
        SealedValue sealed = twins.seal(ID_NUMBER, Mask.ID_NUMBER);
        SealedValue relabelled = new SealedValue(sealed.masked(), sealed.sealed(), "k1-copy");

        assertThatThrownBy(() -> twins.unseal(relabelled))
                .isInstanceOf(SealingException.class)
                .hasMessageNotContaining(ID_NUMBER);
    }

    @Test
    void anUnknownKeyIdIsAClearErrorWithoutTheClearValue() {
        SealedValue sealed = codec.seal(ID_NUMBER, Mask.ID_NUMBER);
        SealedValueCodec other = new SealedValueCodec(Map.of("k9", key(9)), "k9");

        assertThatThrownBy(() -> other.unseal(sealed))
                .isInstanceOfSatisfying(UnknownKeyIdException.class, e -> assertThat(e.keyId()).isEqualTo("k1"))
                .hasMessage("no sealing key with id 'k1' in the keyring")
                .hasMessageNotContaining(ID_NUMBER);
    }

    @Test
    void malformedSealedValuesAreRejected() {
        assertThatThrownBy(() -> codec.unseal(new SealedValue("***", "not base64!", "k1")))
                .isInstanceOf(SealingException.class);
        assertThatThrownBy(() -> codec.unseal(new SealedValue("***", "AAAA", "k1")))
                .isInstanceOf(SealingException.class).hasMessageContaining("too short");
    }

    @Test
    void valuesSealedWithARotatedOutKeyStillUnsealWhileTheKeyIsInTheRing() {
        SealedValue old = codec.seal(ID_NUMBER, Mask.ID_NUMBER);
        SealedValueCodec rotated = new SealedValueCodec(Map.of("k1", KEY_1, "k2", KEY_2), "k2");

        assertThat(rotated.unseal(old)).isEqualTo(ID_NUMBER);
        assertThat(rotated.seal(ID_NUMBER, Mask.ID_NUMBER).keyId()).isEqualTo("k2");
    }

    @Test
    void keysMustBeAes256() {
        assertThatThrownBy(() -> new SealedValueCodec(Map.of("short", new byte[16]), "short"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    }

    @Test
    void theCurrentKeyMustBeInTheKeyring() {
        assertThatThrownBy(() -> new SealedValueCodec(Map.of("k1", KEY_1), "k2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'k2'");
    }

    @Test
    void laterChangesToTheCallersKeyArrayDoNotAffectTheCodec() {
        byte[] key = key(5);
        Map<String, byte[]> ring = new LinkedHashMap<>();
        ring.put("k5", key);
        SealedValueCodec own = new SealedValueCodec(ring, "k5");
        SealedValue sealed = own.seal(ID_NUMBER, Mask.ID_NUMBER);
        Arrays.fill(key, (byte) 0);

        assertThat(own.unseal(sealed)).isEqualTo(ID_NUMBER);
    }

    @Test
    void toStringShowsNoKeyMaterialAndSealedValuesShowOnlyTheirMask() {
        assertThat(codec.toString()).isEqualTo("SealedValueCodec[currentKeyId=k1, keyIds=" + codec.keyIds() + "]");
        SealedValue sealed = codec.seal(ID_NUMBER, Mask.ID_NUMBER);
        assertThat(sealed.toString()).isEqualTo("SealedValue[110***********1239, keyId=k1]");
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void aKeyringFromSettingsNamesTheSettingOfAKeyThatIsNotBase64ButNotTheKey() {
        String good = Base64.getEncoder().encodeToString(new byte[32]);

        SealedValueCodec codec = SealedValueCodec.fromBase64("posflow.pii.keys", Map.of("k1", good), "k1");
        assertThat(codec.unseal(codec.seal("13800138000", Mask.PHONE))).isEqualTo("13800138000");
        assertThatThrownBy(() -> SealedValueCodec.fromBase64("posflow.pii.keys", Map.of("k2", "not*base64!"), "k2"))
                .hasMessage("posflow.pii.keys.k2 is not base64");
    }
}
