package io.posflow.onboarding.domain.document;

import java.io.IOException;
import java.io.InputStream;

/**
 * The object store for uploaded documents (architecture §2): a folder in the embedded default
 * ({@code adapter.persistence.FolderDocumentStore}), S3-compatible in production. Content is written in two
 * steps, so that nothing of a refused upload stays behind: {@link #stage} takes the bytes aside, the caller looks
 * at them, then either {@link StagedContent#commit commits} them under a key or {@link StagedContent#close
 * closes} the stage, which discards them.
 *
 * <p>Keys are 1–128 characters of {@code [A-Za-z0-9._-]}, not starting with a dot.
 */
public interface DocumentStore {

    /**
     * Streams {@code content} aside while counting its bytes and computing its SHA-256.
     *
     * @throws ContentTooLargeException as soon as more than {@code maxBytes} have been read; nothing is kept
     */
    StagedContent stage(InputStream content, long maxBytes) throws IOException;

    /** The content stored under {@code key}; the caller closes it. */
    InputStream open(String key) throws IOException;

    boolean exists(String key) throws IOException;

    /** Removes the content under {@code key}; true when there was any. */
    boolean delete(String key) throws IOException;

    /** Content taken aside by {@link #stage}, not yet visible under any key. */
    interface StagedContent extends AutoCloseable {

        long sizeBytes();

        /** Lower-case hex SHA-256 of the content. */
        String sha256();

        /** Reads the staged content from its start; the caller closes it. */
        InputStream open() throws IOException;

        /** Makes the content visible under {@code key} at once and whole (no reader sees part of it). */
        void commit(String key) throws IOException;

        /** Discards the content unless it was committed. */
        @Override
        void close() throws IOException;
    }

    /** The content is longer than the stage was allowed to take. */
    final class ContentTooLargeException extends IOException {

        private final long maxBytes;

        public ContentTooLargeException(long maxBytes) {
            super("The content is larger than " + maxBytes + " bytes.");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }
}
