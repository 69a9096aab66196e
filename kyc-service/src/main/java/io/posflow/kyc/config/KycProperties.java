package io.posflow.kyc.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * kyc's business settings.
 *
 * @param face the face check (K5)
 */
@ConfigurationProperties("posflow.kyc")
public record KycProperties(@DefaultValue Face face) {

    /**
     * @param threshold the lowest provider score (0–100) that passes the face check (K5)
     */
    public record Face(@DefaultValue("80") int threshold) {

        public Face {
            if (threshold < 0 || threshold > 100) {
                throw new IllegalArgumentException("posflow.kyc.face.threshold must be 0..100: " + threshold);
            }
        }
    }
}
