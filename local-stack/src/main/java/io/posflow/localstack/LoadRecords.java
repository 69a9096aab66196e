package io.posflow.localstack;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code ./posflow load} keeps in the stack's data folder ({@code data/load/}), one JSON object a line, so
 * that the next run on the same folder goes on from it: the merchants it opened ({@code merchants.jsonl}; reused,
 * only the missing ones are onboarded), every transaction answered APPROVED ({@code transactions.jsonl}: sales to
 * refund later, and the history each deposit's volume adds up from) and those a run left unsettled
 * ({@code unsettled.jsonl}, with {@code --skip-settlement}: the next run's settlement must settle them too).
 */
final class LoadRecords {

    /** A merchant this command opened: its terminal ACTIVE, the deposit HELD with its window (D1). */
    record LoadMerchant(Walkthrough.Merchant merchant, String speed, String windowStart, String windowEnd) {

        String serial() {
            return merchant.serialNumber();
        }

        /** D2: a transaction counts towards the deposit when captured inside its window. */
        boolean inWindow(String capturedAt) {
            Instant at = Instant.parse(capturedAt);
            return !at.isBefore(Instant.parse(windowStart)) && at.isBefore(Instant.parse(windowEnd));
        }
    }

    /**
     * A SALE, VOID or REFUND answered APPROVED, as the device sent it and as terminal-service answered
     * ({@code capturedAt}, {@code businessDate}); a VOID's amount is its sale's.
     */
    record Transaction(String transactionId, String serialNumber, String type, String originalTransactionId,
                       long amountFen, String capturedAt, String businessDate, Payment payment) {

        boolean is(SaleMix.Operation operation) {
            return type.equals(operation.name());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path dir;

    LoadRecords(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    List<LoadMerchant> merchants() {
        return read("merchants.jsonl", LoadMerchant.class);
    }

    /** Appends one merchant at once: a run stopped while onboarding keeps those it opened. */
    synchronized void add(LoadMerchant merchant) {
        try (Ledger file = new Ledger(file("merchants.jsonl"))) {
            file.add(merchant);
        }
    }

    List<Transaction> transactions() {
        return read("transactions.jsonl", Transaction.class);
    }

    /** The appender of {@code transactions.jsonl}: every approved transaction of this run, as answered. */
    Ledger transactionLedger() {
        return new Ledger(file("transactions.jsonl"));
    }

    List<Transaction> unsettled() {
        return read("unsettled.jsonl", Transaction.class);
    }

    /** Replaces the list of what is left unsettled. */
    void unsettled(List<Transaction> transactions) {
        Path target = file("unsettled.jsonl");
        Path next = file("unsettled.jsonl.next");
        try (Ledger file = new Ledger(next, StandardOpenOption.TRUNCATE_EXISTING)) {
            transactions.forEach(file::add);
        }
        try {
            Files.move(next, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    private Path file(String name) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
        return dir.resolve(name);
    }

    private <T> List<T> read(String name, Class<T> type) {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            return List.of();
        }
        List<T> all = new ArrayList<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (!line.isBlank()) {
                    all.add(JSON.readValue(line, type));
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " (delete it to start afresh)", e);
        }
    }

    /** Appends records to one file, a JSON object a line; thread-safe; {@link #flush()} makes them durable enough. */
    static final class Ledger implements AutoCloseable {

        private final BufferedWriter out;

        private Ledger(Path file, StandardOpenOption... extra) {
            try {
                List<StandardOpenOption> options = new ArrayList<>(List.of(StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE));
                options.add(extra.length == 0 ? StandardOpenOption.APPEND : extra[0]);
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, options.toArray(StandardOpenOption[]::new));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot open " + file, e);
            }
        }

        synchronized void add(Object record) {
            try {
                out.write(JSON.writeValueAsString(record));
                out.newLine();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot append to the load records", e);
            }
        }

        synchronized void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the load records", e);
            }
        }

        @Override
        public synchronized void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot close the load records", e);
            }
        }
    }
}
