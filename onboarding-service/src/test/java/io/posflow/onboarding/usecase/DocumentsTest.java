package io.posflow.onboarding.usecase;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.posflow.onboarding.adapter.persistence.FolderDocumentStore;
import io.posflow.onboarding.domain.document.DocumentRefusedException;
import io.posflow.onboarding.domain.document.DocumentRefusedException.Reason;
import io.posflow.onboarding.domain.document.DocumentSamples;
import io.posflow.onboarding.domain.document.StoredDocument;
import io.posflow.onboarding.readmodel.state.DocumentRecordRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DocumentsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:10:00Z");

    @TempDir
    Path folder;

    private final DocumentRecordRepository records = mock(DocumentRecordRepository.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private Documents documents;

    @BeforeEach
    void documents() {
        documents = new Documents(new FolderDocumentStore(folder), records, new DocumentMetrics(meters),
                Clock.fixed(NOW, ZoneOffset.UTC), DataSize.ofKilobytes(64).toBytes());
    }

    @Test
    void O2_aBusinessVideoIsKeptWithItsDuration() throws IOException {
        byte[] video = DocumentSamples.mp4(1000, 9_500);

        StoredDocument stored = documents.upload(anId(), new ByteArrayInputStream(video), "shop.mp4");

        assertThat(stored.contentType()).isEqualTo("video/mp4");
        assertThat(stored.sha256()).isEqualTo(DocumentSamples.sha256(video));
        assertThat(stored.sizeBytes()).isEqualTo(video.length);
        assertThat(stored.durationMillis()).isEqualTo(9_500L);
        assertThat(stored.uploadedAt()).isEqualTo(NOW);
        assertThat(files()).containsExactly(folder.resolve(stored.documentId()));
        verify(records).saveAndFlush(any());
        assertThat(meters.counter("posflow.documents.uploaded", "type", "video/mp4").count()).isOne();
    }

    @Test
    void K7_aPhotoIsKeptWithItsOriginalFileNameAndNoDuration() throws IOException {
        StoredDocument stored = documents.upload(anId(), new ByteArrayInputStream(DocumentSamples.jpeg()),
                "C:\\fakepath\\id-front blurry.jpg");

        assertThat(stored.originalFileName()).isEqualTo("id-front blurry.jpg");
        assertThat(stored.durationMillis()).isNull();
        assertThat(stored.duration()).isEmpty();
    }

    @Test
    void O2_aFakeFileIsRefusedAndLeavesNothingBehind() throws IOException {
        assertRefused(DocumentSamples.text("GIF89a? no, plain text"), Reason.UNSUPPORTED_TYPE);
    }

    @Test
    void anEmptyFileIsRefusedAndLeavesNothingBehind() throws IOException {
        assertRefused(new byte[0], Reason.EMPTY);
    }

    @Test
    void O2_aFileOverTheSizeLimitIsRefusedAndLeavesNothingBehind() throws IOException {
        byte[] tooLarge = DocumentSamples.concat(DocumentSamples.pdf(), new byte[64 * 1024]);

        assertRefused(tooLarge, Reason.TOO_LARGE);
    }

    @Test
    void whenTheRowCannotBeStoredTheFileIsDeletedToo() throws IOException {
        when(records.saveAndFlush(any())).thenThrow(new DataAccessResourceFailureException("database down"));

        assertThatThrownBy(() -> documents.upload(anId(), new ByteArrayInputStream(DocumentSamples.png()),
                "card.png"))
                .isInstanceOf(DataAccessResourceFailureException.class);

        assertThat(files()).isEmpty();
    }

    private void assertRefused(byte[] content, Reason reason) throws IOException {
        assertThatThrownBy(() -> documents.upload(anId(), new ByteArrayInputStream(content), "id-front.jpg"))
                .isInstanceOfSatisfying(DocumentRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(files()).isEmpty();
        verify(records, never()).saveAndFlush(any());
        assertThat(meters.counter("posflow.documents.refused", "reason", reason.name().toLowerCase()).count()).isOne();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private static String anId() {
        return UUID.randomUUID().toString();
    }
}
