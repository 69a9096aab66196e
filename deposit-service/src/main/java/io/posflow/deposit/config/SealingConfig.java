package io.posflow.deposit.config;

import io.posflow.contracts.pii.SealedValueCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Phones stay sealed in the database; the codec unseals one only at the moment its SMS is sent. */
@Configuration(proxyBeanMethods = false)
public class SealingConfig {

    @Bean
    SealedValueCodec sealedValueCodec(PiiProperties pii) {
        Map<String, byte[]> keyring = new LinkedHashMap<>();
        pii.keys().forEach((id, key) -> {
            try {
                keyring.put(id, Base64.getDecoder().decode(key));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("posflow.pii.keys." + id + " is not base64");
            }
        });
        return new SealedValueCodec(keyring, pii.currentKeyId());
    }
}
