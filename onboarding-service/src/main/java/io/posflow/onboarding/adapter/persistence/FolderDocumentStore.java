package io.posflow.onboarding.adapter.persistence;

import io.posflow.onboarding.domain.document.DocumentStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The embedded default object store: one file per key in a folder. Uploads are written to
 * {@code .incoming/} inside the same folder (so the final move is a rename on one file system) and
 * moved into place atomically on commit; a stage that is closed without a commit deletes its file.
 */
public final class FolderDocumentStore implements DocumentStore {

    static final String INCOMING = ".incoming";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");
    private static final int BUFFER = 64 * 1024;

    private final Path folder;
    private final Path incoming;

    public FolderDocumentStore(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.incoming = this.folder.resolve(INCOMING);
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the document folder " + this.folder, e);
        }
    }

    public Path folder() {
        return folder;
    }

    @Override
    public StagedContent stage(InputStream content, long maxBytes) throws IOException {
        Path temp = Files.createTempFile(incoming, "upload-", ".part");
        try {
            MessageDigest sha256 = sha256();
            long size = 0;
            byte[] buffer = new byte[BUFFER];
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                for (int read = content.read(buffer); read != -1; read = content.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        throw new ContentTooLargeException(maxBytes);
                    }
                    sha256.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
                channel.force(true); // on disk before it can be committed
            }
            return new StagedFile(temp, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    @Override
    public boolean delete(String key) throws IOException {
        return Files.deleteIfExists(path(key));
    }

    private Path path(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a document key: 1-128 of [A-Za-z0-9._-], no leading dot");
        }
        return folder.resolve(key);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private final class StagedFile implements StagedContent {

        private final Path temp;
        private final long size;
        private final String sha256;
        private boolean committed;

        private StagedFile(Path temp, long size, String sha256) {
            this.temp = temp;
            this.size = size;
            this.sha256 = sha256;
        }

        @Override
        public long sizeBytes() {
            return size;
        }

        @Override
        public String sha256() {
            return sha256;
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(temp);
        }

        @Override
        public void commit(String key) throws IOException {
            if (committed) {
                throw new IllegalStateException("Already committed");
            }
            Files.move(temp, path(key), StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
