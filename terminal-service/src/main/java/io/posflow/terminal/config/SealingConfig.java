package io.posflow.terminal.config;

import io.posflow.contracts.pii.SealedValueCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sealed personal data is stored as received and unsealed only where it is used (the SMS). */
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
