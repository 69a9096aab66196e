package io.posflow.onboarding;

import io.posflow.onboarding.document.DocumentSamples;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Test applications refer to really uploaded documents (O2: DOCUMENT_NOT_FOUND otherwise). */
final class UploadedDocuments {

    private UploadedDocuments() {
    }

    /** Uploads a small JPEG through {@code POST /api/v1/documents} and returns its id. */
    @SuppressWarnings("rawtypes")
    static String photo(TestRestTemplate rest, String fileName) {
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.IMAGE_JPEG);
        part.setContentDisposition(ContentDisposition.formData().name("file")
                .filename(fileName, StandardCharsets.UTF_8).build());
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new HttpEntity<>(DocumentSamples.jpeg(), part));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<Map> created = rest.postForEntity("/api/v1/documents", new HttpEntity<>(form, headers), Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return (String) created.getBody().get("documentId");
    }

    /** The application text with every {@code "documentId": "doc-…"} placeholder naming {@code documentId}. */
    static String withDocument(String application, String documentId) {
        return application.replaceAll("\"documentId\": \"doc-[a-z0-9-]*\"", "\"documentId\": \"" + documentId + "\"");
    }
}
