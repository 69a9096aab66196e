package io.posflow.onboarding;

import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.contracts.topics.Topics;
import io.posflow.onboarding.domain.document.DocumentSamples;
import io.posflow.onboarding.domain.document.StoredDocument;
import io.posflow.onboarding.usecase.Documents;
import io.posflow.platform.testing.RealKafka;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/documents} over real multipart HTTP, with the service's full context (architecture §5). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "posflow.onboarding.documents.max-size=" + DocumentUploadIT.MAX_SIZE)
@ActiveProfiles({"simulation", "it"})
@DirtiesContext
class DocumentUploadIT {

    static final int MAX_SIZE = 64 * 1024;

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", RealKafka::bootstrapServers);
        registry.add("posflow.onboarding.documents.folder", () -> folder.toString());
    }

    @BeforeAll
    static void kycTopicExists() {
        RealKafka.ensureTopics(Topics.KYC_VERIFICATIONS.partitions(), Topics.KYC_VERIFICATIONS.name());
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Documents documents;
    @Autowired
    MeterRegistry meters;

    @Test
    void O2_photosVideosAndPdfsAreRecognisedByContentAndKeptWithTheirDigestAndSize() throws IOException {
        Map<String, byte[]> samples = Map.of(
                "image/jpeg", DocumentSamples.jpeg(),
                "image/png", DocumentSamples.png(),
                "application/pdf", DocumentSamples.pdf(),
                "video/mp4", DocumentSamples.mp4(1000, 8_000));

        samples.forEach((contentType, content) -> {
            // declared as octet-stream under a meaningless name: only the content tells the type
            ResponseEntity<Map> created = upload(content, "upload.bin", MediaType.APPLICATION_OCTET_STREAM);

            assertThat(created.getStatusCode().value()).as(contentType).isEqualTo(201);
            Map<String, Object> body = created.getBody();
            assertThat(body).containsOnlyKeys("documentId", "contentType", "sha256", "sizeBytes")
                    .containsEntry("contentType", contentType)
                    .containsEntry("sha256", DocumentSamples.sha256(content))
                    .containsEntry("sizeBytes", content.length);
            String id = (String) body.get("documentId");
            assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            try {
                assertThat(Files.readAllBytes(folder.resolve(id))).isEqualTo(content);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            assertThat(documents.find(id)).get().extracting(StoredDocument::contentType, StoredDocument::sha256,
                    StoredDocument::sizeBytes).containsExactly(contentType, DocumentSamples.sha256(content),
                    (long) content.length);
        });
        assertThat(staged()).isEmpty();
    }

    @Test
    void O2_aFakeJpegIsRefusedWith415AndLeavesNothingBehind() throws IOException {
        Snapshot before = snapshot();
        double refusedBefore = refused("unsupported_type");

        ResponseEntity<Map> refused = upload(DocumentSamples.text("definitely not a photo of an ID card"),
                "id-front.jpg", MediaType.IMAGE_JPEG);

        assertProblem(refused, 415, "UNSUPPORTED_MEDIA_TYPE", "UNSUPPORTED_MEDIA_TYPE");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(refused("unsupported_type")).isEqualTo(refusedBefore + 1);
    }

    @Test
    void O2_aFileOneByteOverTheSizeLimitIsRefusedWith413AndLeavesNothingBehind() throws IOException {
        Snapshot before = snapshot();
        byte[] atTheLimit = DocumentSamples.concat(DocumentSamples.pdf(),
                new byte[MAX_SIZE - DocumentSamples.pdf().length]);
        byte[] oneByteOver = DocumentSamples.concat(atTheLimit, new byte[1]);

        ResponseEntity<Map> refused = upload(oneByteOver, "lease.pdf", MediaType.APPLICATION_PDF);

        assertProblem(refused, 413, "DOCUMENT_TOO_LARGE", "DOCUMENT_TOO_LARGE");
        assertThat(refused.getBody()).containsEntry("maxSizeBytes", MAX_SIZE);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(upload(atTheLimit, "lease.pdf", MediaType.APPLICATION_PDF).getStatusCode().value())
                .as("exactly at the limit").isEqualTo(201);
    }

    @Test
    void O2_aFileFarOverTheLimitThatTheContainerCutsOffIsAnsweredWithTheSame413() throws IOException {
        Snapshot before = snapshot();
        byte[] huge = DocumentSamples.concat(DocumentSamples.jpeg(), new byte[MAX_SIZE + 1_200_000]);

        ResponseEntity<Map> refused = upload(huge, "scene.jpg", MediaType.IMAGE_JPEG);

        assertProblem(refused, 413, "DOCUMENT_TOO_LARGE", "DOCUMENT_TOO_LARGE");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aRequestWithoutAFileOrWithAnEmptyFileIsRefusedWith422AndLeavesNothingBehind() throws IOException {
        Snapshot before = snapshot();

        assertProblem(upload(new byte[0], "empty.jpg", MediaType.IMAGE_JPEG), 422, "INVALID_INPUT", "INVALID_INPUT");
        MultiValueMap<String, Object> noFile = new LinkedMultiValueMap<>();
        noFile.add("other", "value");
        assertProblem(post(noFile), 422, "INVALID_INPUT", "INVALID_INPUT");
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        assertProblem(rest.exchange("/api/v1/documents", HttpMethod.POST, new HttpEntity<>("{}", json), Map.class),
                422, "INVALID_INPUT", "INVALID_INPUT");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void K7_theOriginalFileNameIsKeptWithTheDocument() {
        ResponseEntity<Map> created = upload(DocumentSamples.jpeg(), "门头照片 noscene.jpg", MediaType.IMAGE_JPEG);

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        StoredDocument stored = documents.find((String) created.getBody().get("documentId")).orElseThrow();
        assertThat(stored.originalFileName()).isEqualTo("门头照片 noscene.jpg");
        assertThat(stored.durationMillis()).isNull();
    }

    @Test
    void O2_aBusinessVideoIsKeptWithItsDuration() {
        ResponseEntity<Map> created = upload(DocumentSamples.mp4(90_000, 1_080_000), "shop.mp4",
                MediaType.valueOf("video/mp4"));

        StoredDocument stored = documents.find((String) created.getBody().get("documentId")).orElseThrow();
        assertThat(stored.durationMillis()).isEqualTo(12_000L);
    }

    @Test
    void anUnknownDocumentIsNotFound() {
        assertThat(documents.find("3f0c2a8e-0000-4000-8000-000000000000")).isEmpty();
        assertThat(documents.find("not-an-id")).isEmpty();
    }

    // --- helpers -----------------------------------------------------------------------------------

    private ResponseEntity<Map> upload(byte[] content, String fileName, MediaType declared) {
        HttpHeaders part = new HttpHeaders();
        part.setContentType(declared);
        part.setContentDisposition(ContentDisposition.formData().name("file")
                .filename(fileName, StandardCharsets.UTF_8).build());
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new HttpEntity<>(content, part));
        return post(form);
    }

    private ResponseEntity<Map> post(MultiValueMap<String, Object> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/api/v1/documents", HttpMethod.POST, new HttpEntity<>(form, headers), Map.class);
    }

    private static void assertProblem(ResponseEntity<Map> response, int status, String code, String fieldCode) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("code", code);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("field", "file").containsEntry("code", fieldCode).containsKey("message"));
    }

    /** Every file in the store's folder (staging included) and every row of the document table. */
    private Snapshot snapshot() throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return new Snapshot(all.filter(Files::isRegularFile).collect(Collectors.toSet()),
                    Set.copyOf(jdbc.queryForList("select document_id from document", String.class)));
        }
    }

    private List<Path> staged() throws IOException {
        try (Stream<Path> all = Files.walk(folder.resolve(".incoming"))) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private double refused(String reason) {
        return meters.counter("posflow.documents.refused", "reason", reason).count();
    }

    private record Snapshot(Set<Path> files, Set<String> rows) {
    }
}
