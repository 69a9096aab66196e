package io.posflow.platform.sms;

import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.platform.pii.SubjectShreddedException;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

class SealedPhoneTest {

    private static final String SUBJECT = "app-1";

    private final SealedValueCodec transport = new SealedValueCodec(Map.of("sim-2026", key()), "sim-2026");
    private final Map<String, byte[]> keys = new HashMap<>();
    private final Set<String> shredded = new HashSet<>();
    private final SubjectSealing sealing = new SubjectSealing(transport, SubjectSealing.SubjectKeys.of(
            id -> Optional.ofNullable(keys.get(id)),
            id -> {
                if (shredded.contains(id)) {
                    throw new SubjectShreddedException(id);
                }
                return keys.computeIfAbsent(id, k -> key());
            }));

    @Test
    void aReceivedPhoneIsKeptUnderItsSubjectsKeyAndRevealsForSending() {
        SealedValue stored = SealedPhone.storable(sealing, SUBJECT, transport.seal("13800138000", Mask.PHONE));

        assertThat(stored.keyId()).isEqualTo("subject:" + SUBJECT);
        assertThat(stored.masked()).isEqualTo("138****8000");
        assertThat(stored.sealed()).doesNotContain("13800138000");
        assertThat(sealing.reveal(new Phone(SUBJECT, stored).phone())).contains("13800138000");
    }

    @Test
    void aPhoneOfASubjectShreddedAlreadyIsKeptMaskedOnlyAndNeverReveals() {
        shredded.add(SUBJECT);

        SealedValue stored = SealedPhone.storable(sealing, SUBJECT, transport.seal("13800138000", Mask.PHONE));

        assertThat(stored).isEqualTo(new SealedValue("138****8000", "", SubjectSealing.SHREDDED_KEY_ID));
        assertThat(sealing.reveal(new Phone(SUBJECT, stored).phone())).isEmpty();
    }

    @Test
    void aRowKeptBeforeSubjectKeysHasNoSubjectAndStillReveals() {
        Phone older = new Phone(null, transport.seal("13800138000", Mask.PHONE));

        assertThat(older.subjectId()).isEmpty();
        assertThat(sealing.reveal(older.phone())).contains("13800138000");
    }

    /** What a service's entity is, without its id. */
    private static final class Phone extends SealedPhone {
        Phone(String subjectId, SealedValue phone) {
            super("822110054110001", subjectId, phone);
        }
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        ThreadLocalRandom.current().nextBytes(key);
        return key;
    }
}
