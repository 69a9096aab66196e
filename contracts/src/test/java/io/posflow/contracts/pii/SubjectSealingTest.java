package io.posflow.contracts.pii;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubjectSealingTest {

    private static final String ID_NUMBER = "110105199003071239";

    private final SealedValueCodec transport = new SealedValueCodec(Map.of("t1", key()), "t1");
    private final Map<String, byte[]> keys = new HashMap<>();
    private final SubjectSealing sealing = new SubjectSealing(transport,
            SubjectSealing.SubjectKeys.of(id -> Optional.ofNullable(keys.get(id)),
            id -> keys.computeIfAbsent(id, k -> key())));

    @Test
    void aValueIsStoredUnderItsSubjectsKeyAndRevealedWithIt() {
        SealedValue stored = sealing.seal("app-1", ID_NUMBER, Mask.ID_NUMBER);

        assertThat(stored.keyId()).isEqualTo("subject:app-1");
        assertThat(stored.masked()).isEqualTo(Mask.ID_NUMBER.apply(ID_NUMBER));
        assertThat(stored.sealed()).doesNotContain(ID_NUMBER);
        assertThat(sealing.reveal(stored)).contains(ID_NUMBER);
        assertThatThrownBy(() -> transport.unseal(stored)).isInstanceOf(UnknownKeyIdException.class);
    }

    @Test
    void aSubjectsSealerSealsEveryValueUnderItsKeyAfterOneLookup() {
        SubjectSealing.Sealer sealer = sealing.forSubject("app-6");

        SealedValue id = sealer.seal(ID_NUMBER, Mask.ID_NUMBER);
        SealedValue phone = sealer.seal("13800138000", Mask.PHONE);

        assertThat(List.of(id, phone)).extracting(SealedValue::keyId).containsOnly("subject:app-6");
        assertThat(sealing.reveal(id)).contains(ID_NUMBER);
        assertThat(sealing.reveal(phone)).contains("13800138000");
    }

    @Test
    void aStoredValueGoesOutSealedForTransportWithItsMask() {
        SealedValue stored = sealing.seal("app-1", ID_NUMBER, Mask.ID_NUMBER);

        SealedValue published = sealing.forTransport(stored);

        assertThat(published.keyId()).isEqualTo("t1");
        assertThat(published.masked()).isEqualTo(stored.masked());
        assertThat(transport.unseal(published)).isEqualTo(ID_NUMBER);
    }

    @Test
    void aValueReceivedSealedForTransportIsProtectedUnderTheSubjectsKey() {
        SealedValue received = transport.seal(ID_NUMBER, Mask.ID_NUMBER);

        SealedValue stored = sealing.protect("app-2", received);

        assertThat(stored.keyId()).isEqualTo("subject:app-2");
        assertThat(stored.masked()).isEqualTo(received.masked());
        assertThat(sealing.reveal(stored)).contains(ID_NUMBER);
    }

    @Test
    void onceTheSubjectsKeyIsGoneItsValuesCannotBeRevealedAndGoOutMaskedOnly() {
        SealedValue stored = sealing.seal("app-3", ID_NUMBER, Mask.ID_NUMBER);
        keys.remove("app-3");

        assertThat(sealing.reveal(stored)).isEmpty();
        SealedValue published = sealing.forTransport(stored);
        assertThat(published.keyId()).isEqualTo(SubjectSealing.SHREDDED_KEY_ID);
        assertThat(published.sealed()).isEmpty();
        assertThat(published.masked()).isEqualTo(stored.masked());
    }

    @Test
    void aValueCannotBeMovedToAnotherSubjectsKeyId() {
        SealedValue stored = sealing.seal("app-4", ID_NUMBER, Mask.ID_NUMBER);
        sealing.seal("app-5", "x", Mask.NAME);
        SealedValue relabelled = new SealedValue(stored.masked(), stored.sealed(), "subject:app-5");

        assertThatThrownBy(() -> sealing.reveal(relabelled)).isInstanceOf(SealingException.class);
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
