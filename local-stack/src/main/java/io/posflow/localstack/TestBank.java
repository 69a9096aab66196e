package io.posflow.localstack;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * The partner bank TESTBANK as the simulation profile registers it (docs/partner-banks.md): signs its
 * application with its documented TEST key (ECDSA P-256 / SHA-256 over the value bytes) and publishes it on
 * {@code partner-bank.applications.v1}. Never a production key.
 */
final class TestBank {

    static final String CODE = "TESTBANK";
    private static final String KEY_ID = "testbank-2026";
    private static final String PRIVATE_KEY = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQguT1MdZWxCe+vPOx9ckJwEAo1BYNNxaP3"
            + "OukW/DdpbE6hRANCAAQaQGRpLW371LnB9LU2WMDeey9YtOHkiew1NHDTQ0RxneWQH0CY92Nxzh5nTFNzCde38NwT32qjR7F1zhOxZM3s";
    private static final String TOPIC = "partner-bank.applications.v1";

    private TestBank() {
    }

    /** The id onboarding gives the bank's application: a name-based UUID of {@code bankCode:bankReference}. */
    static String applicationId(String bankReference) {
        return UUID.nameUUIDFromBytes(("partner-bank:" + CODE + ":" + bankReference).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Signs and publishes {@code value} (a PartnerBankApplicationSubmitted) keyed {@code TESTBANK:reference}. */
    static void send(String bankReference, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, CODE + ":" + bankReference, bytes);
        record.headers().add("x-partner-signature", sign(bytes).getBytes(StandardCharsets.US_ASCII));
        record.headers().add("x-partner-key-id", KEY_ID.getBytes(StandardCharsets.US_ASCII));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, StackLayout.BOOTSTRAP,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Publishing the bank's application failed: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String sign(byte[] bytes) {
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initSign(KeyFactory.getInstance("EC").generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(PRIVATE_KEY))));
            ecdsa.update(bytes);
            return Base64.getEncoder().encodeToString(ecdsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing with the TESTBANK test key failed", e);
        }
    }
}
