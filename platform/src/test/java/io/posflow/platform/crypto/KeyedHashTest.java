package io.posflow.platform.crypto;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyedHashTest {

    @Test
    void itComputesHmacSha256AsPublishedInRfc4231TestCase6() {
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);

        KeyedHash hash = KeyedHash.fromBase64("test.key", Base64.getEncoder().encodeToString(key));

        assertThat(hash.hex("Test Using Larger Than Block-Size Key - Hash Key First"))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void aKeyShorterThan32BytesIsRefusedNamingTheSettingButNotTheKey() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> KeyedHash.fromBase64("posflow.some.key", shortKey))
                .hasMessageContaining("posflow.some.key")
                .hasMessageNotContaining(shortKey);
    }

    @Test
    void itNeverPrintsItsKey() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);

        assertThat(KeyedHash.fromBase64("k", key).toString()).doesNotContain(key);
    }
}
