package io.posflow.onboarding;

import io.posflow.onboarding.domain.document.DocumentSamples;
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
    static String photo(TestRestTemplate rest, String fileName) {
        return upload(rest, fileName, DocumentSamples.jpeg(), MediaType.IMAGE_JPEG);
    }

    /** Uploads an 8-second MP4 (a valid BUSINESS_VIDEO) and returns its id. */
    static String video(TestRestTemplate rest, String fileName) {
        return upload(rest, fileName, DocumentSamples.mp4(1000, 8_000), MediaType.valueOf("video/mp4"));
    }

    @SuppressWarnings("rawtypes")
    private static String upload(TestRestTemplate rest, String fileName, byte[] content, MediaType type) {
        HttpHeaders part = new HttpHeaders();
        part.setContentType(type);
        part.setContentDisposition(ContentDisposition.formData().name("file")
                .filename(fileName, StandardCharsets.UTF_8).build());
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new HttpEntity<>(content, part));
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
