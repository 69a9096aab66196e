package io.posflow.onboarding.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;

/**
 * Uploaded documents (architecture §5).
 *
 * @param folder  where the embedded object store keeps them (application.yml:
 *                {@code ${posflow.data-dir:./data}/documents})
 * @param maxSize the largest upload kept; one byte more is refused with 413
 */
@ConfigurationProperties("posflow.onboarding.documents")
public record DocumentProperties(@DefaultValue("./data/documents") Path folder,
                                 @DefaultValue("10MB") DataSize maxSize) {

    public DocumentProperties {
        if (maxSize.toBytes() < 1) {
            throw new IllegalArgumentException("posflow.onboarding.documents.max-size must be at least 1 byte");
        }
    }
}
