package io.posflow.onboarding.config;

import io.posflow.onboarding.adapter.persistence.FolderDocumentStore;
import io.posflow.onboarding.domain.document.DocumentStore;
import io.posflow.onboarding.readmodel.state.DocumentRecordRepository;
import io.posflow.onboarding.usecase.DocumentMetrics;
import io.posflow.onboarding.usecase.Documents;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import java.time.Clock;

/** The embedded object store, and the servlet's multipart limits derived from the document size limit. */
@Configuration(proxyBeanMethods = false)
public class DocumentConfig {

    /** Room above {@code max-size} for the servlet's own limits, so that the service's check answers first. */
    static final DataSize MULTIPART_MARGIN = DataSize.ofMegabytes(1);

    @Bean
    DocumentStore documentStore(DocumentProperties documents) {
        return new FolderDocumentStore(documents.folder());
    }

    @Bean
    Documents documents(DocumentStore store, DocumentRecordRepository records, DocumentMetrics metrics, Clock clock,
                        DocumentProperties documents) {
        return new Documents(store, records, metrics, clock, documents.maxSize().toBytes());
    }

    /**
     * Replaces Boot's multipart configuration: a file part may be {@code max-size} + 1 MB, a whole request
     * {@code max-size} + 2 MB; {@code spring.servlet.multipart.location} and {@code file-size-threshold}
     * still apply. An upload just over {@code max-size} thus reaches the service, which refuses it with its
     * own problem and keeps nothing; only a far larger one is cut off by the servlet container.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(DocumentProperties documents, MultipartProperties multipart) {
        long max = documents.maxSize().toBytes();
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setLocation(multipart.getLocation());
        factory.setFileSizeThreshold(multipart.getFileSizeThreshold());
        factory.setMaxFileSize(DataSize.ofBytes(max + MULTIPART_MARGIN.toBytes()));
        factory.setMaxRequestSize(DataSize.ofBytes(max + 2 * MULTIPART_MARGIN.toBytes()));
        return factory.createMultipartConfig();
    }
}
