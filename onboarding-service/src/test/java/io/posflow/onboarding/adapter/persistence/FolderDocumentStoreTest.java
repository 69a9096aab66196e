package io.posflow.onboarding.adapter.persistence;

import io.posflow.onboarding.domain.document.DocumentSamples;
import io.posflow.onboarding.domain.document.DocumentStore.ContentTooLargeException;
import io.posflow.onboarding.domain.document.DocumentStore.StagedContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FolderDocumentStoreTest {

    @TempDir
    Path folder;

    @Test
    void committedContentIsStoredWholeUnderItsKeyWithItsDigestAndSize() throws IOException {
        FolderDocumentStore store = new FolderDocumentStore(folder);
        byte[] content = DocumentSamples.jpeg();

        try (StagedContent staged = store.stage(new ByteArrayInputStream(content), content.length)) {
            assertThat(staged.sizeBytes()).isEqualTo(content.length);
            assertThat(staged.sha256()).isEqualTo(DocumentSamples.sha256(content));
            assertThat(store.exists("doc-1")).as("not visible before the commit").isFalse();
            staged.commit("doc-1");
        }

        assertThat(store.exists("doc-1")).isTrue();
        try (InputStream in = store.open("doc-1")) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(files()).containsExactly(folder.resolve("doc-1"));
    }

    @Test
    void O2_contentOneByteOverTheLimitIsRefusedAndLeavesNothingBehind() throws IOException {
        FolderDocumentStore store = new FolderDocumentStore(folder);

        assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(new byte[1001]), 1000))
                .isInstanceOf(ContentTooLargeException.class);

        assertThat(files()).isEmpty();
    }

    @Test
    void theReadingStopsSoonAfterTheLimitIsPassed() throws IOException {
        FolderDocumentStore store = new FolderDocumentStore(folder);
        CountingEndlessStream endless = new CountingEndlessStream();

        assertThatThrownBy(() -> store.stage(endless, 100_000)).isInstanceOf(ContentTooLargeException.class);

        assertThat(endless.served).isLessThan(100_000 + 128 * 1024);
        assertThat(files()).isEmpty();
    }

    @Test
    void contentExactlyAtTheLimitIsKept() throws IOException {
        FolderDocumentStore store = new FolderDocumentStore(folder);

        try (StagedContent staged = store.stage(new ByteArrayInputStream(new byte[1000]), 1000)) {
            assertThat(staged.sizeBytes()).isEqualTo(1000);
        }
    }

    @Test
    void aStageClosedWithoutCommitLeavesNothingBehind() throws IOException {
        FolderDocumentStore store = new FolderDocumentStore(folder);

        try (StagedContent staged = store.stage(new ByteArrayInputStream(DocumentSamples.text("not kept")), 1000)) {
            try (InputStream in = staged.open()) {
                assertThat(in.readAllBytes()).isEqualTo(DocumentSamples.text("not kept"));
            }
            assertThat(files()).hasSize(1);
        }

        assertThat(files()).isEmpty();
    }

    @Test
    void aStreamThatFailsMidwayLeavesNothingBehind() throws IOException {
        FolderDocumentStore store = new FolderDocumentStore(folder);
        InputStream failing = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ > 10_000) {
                    throw new IOException("connection reset");
                }
                return 7;
            }
        };

        assertThatThrownBy(() -> store.stage(failing, 1_000_000)).hasMessage("connection reset");
        assertThat(files()).isEmpty();
    }

    @Test
    void deletedContentIsGone() throws IOException {
        FolderDocumentStore store = new FolderDocumentStore(folder);
        try (StagedContent staged = store.stage(new ByteArrayInputStream(DocumentSamples.pdf()), 10_000)) {
            staged.commit("doc-2");
        }

        assertThat(store.delete("doc-2")).isTrue();
        assertThat(store.delete("doc-2")).isFalse();
        assertThat(store.exists("doc-2")).isFalse();
        assertThatThrownBy(() -> store.open("doc-2")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void keysCannotLeaveTheFolder() {
        FolderDocumentStore store = new FolderDocumentStore(folder);

        for (String key : List.of("../escape", "a/b", "..", ".incoming", "", "a\\b", "x".repeat(129))) {
            assertThatThrownBy(() -> store.exists(key)).as(key).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    /** Never ends; counts what it served. */
    private static final class CountingEndlessStream extends InputStream {

        long served;

        @Override
        public int read() {
            served++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            served += len;
            return len;
        }
    }
}
