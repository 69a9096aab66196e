package io.posflow.deposit.readmodel.state.volume;

import io.posflow.contracts.terminal.TransactionType;
import io.posflow.deposit.domain.deposit.Qualifying;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The projection's reads and writes, in JDBC batches, against one copy of its tables. Every method runs in
 * the caller's transaction. Volumes and daily buckets are added to, never overwritten, so two consumers
 * folding into one deposit (T8: the old and the new serial sit on different partitions) cannot lose each
 * other's sums.
 */
final class VolumeStore {

    private static final int IN_CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final ProjectionTables tables;

    VolumeStore(JdbcTemplate jdbc, ProjectionTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    /** The volume row of a deposit the projection has not seen opened before; nothing when it exists. */
    void open(String depositId) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + tables.volume() + " WHERE deposit_id = ?",
                Integer.class, depositId);
        if (rows == null || rows == 0) {
            jdbc.update("INSERT INTO " + tables.volume() + " (deposit_id, volume_fen, transaction_count, "
                    + "target_reached, window_closed) VALUES (?, 0, 0, FALSE, FALSE)", depositId);
        }
    }

    /** The terms of the given deposits that are known (opened). */
    Map<String, DepositTerms> terms(Collection<String> depositIds) {
        Map<String, DepositTerms> terms = new HashMap<>();
        inChunks(depositIds, chunk -> jdbc.query("SELECT deposit_id, deposit_transaction_id, window_start, window_end, "
                        + "window_end_date, target_fen, qualifying FROM deposit_terms WHERE deposit_id IN ("
                        + marks(chunk.size()) + ")",
                rs -> {
                    DepositTerms t = termsOf(rs);
                    terms.put(t.depositId(), t);
                }, chunk.toArray()));
        return terms;
    }

    /** T8: the deposits that moved to the given serials, by serial. */
    Map<String, String> movedTo(Collection<String> serials) {
        Map<String, String> moved = new HashMap<>();
        inChunks(serials, chunk -> jdbc.query("SELECT serial_number, deposit_id FROM deposit_terminal WHERE "
                        + "serial_number IN (" + marks(chunk.size()) + ")",
                rs -> {
                    moved.put(rs.getString(1), rs.getString(2));
                }, chunk.toArray()));
        return moved;
    }

    Map<String, Volume> volumes(Collection<String> depositIds) {
        Map<String, Volume> volumes = new HashMap<>();
        inChunks(depositIds, chunk -> jdbc.query("SELECT deposit_id, volume_fen, transaction_count, target_reached "
                        + "FROM " + tables.volume() + " WHERE deposit_id IN (" + marks(chunk.size()) + ")",
                rs -> {
                    volumes.put(rs.getString(1), new Volume(rs.getLong(2), rs.getLong(3), rs.getBoolean(4)));
                }, chunk.toArray()));
        return volumes;
    }

    /** Which of the given (transaction, deposit) pairs were counted before (D5). */
    Set<Counted> counted(Collection<Counted> candidates) {
        Map<String, Set<String>> wanted = new HashMap<>();
        candidates.forEach(c -> wanted.computeIfAbsent(c.transactionId(), k -> new HashSet<>()).add(c.depositId()));
        Set<Counted> found = new HashSet<>();
        inChunks(wanted.keySet(), chunk -> jdbc.query("SELECT transaction_id, deposit_id FROM " + tables.counted()
                        + " WHERE transaction_id IN (" + marks(chunk.size()) + ")",
                rs -> {
                    Counted c = new Counted(rs.getString(1), rs.getString(2));
                    if (wanted.getOrDefault(c.transactionId(), Set.of()).contains(c.depositId())) {
                        found.add(c);
                    }
                }, chunk.toArray()));
        return found;
    }

    /**
     * Writes one fold's changes: the dedup records (each with its capture date and amount: an open window's
     * daily buckets), then the sums per deposit.
     */
    void write(Collection<CountedTransaction> counted, Map<String, Sum> byDeposit) {
        if (!counted.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO " + tables.counted() + " (transaction_id, deposit_id, capture_date, "
                            + "amount_fen) VALUES (?, ?, ?, ?)",
                    counted.stream().map(c -> new Object[]{c.key().transactionId(), c.key().depositId(), c.date(),
                            c.amountFen()}).toList());
        }
        if (!byDeposit.isEmpty()) {
            // A replacement's settlement (T8) can be read before its deposit's DepositCollected on another
            // partition: its deposit then has no volume row yet, and gets one here.
            List<Map.Entry<String, Sum>> deposits = new ArrayList<>(byDeposit.entrySet());
            int[] updated = jdbc.batchUpdate("UPDATE " + tables.volume() + " SET volume_fen = volume_fen + ?, "
                            + "transaction_count = transaction_count + ? WHERE deposit_id = ?",
                    deposits.stream().map(e -> new Object[]{e.getValue().fen(), e.getValue().count(), e.getKey()})
                            .toList());
            List<Object[]> inserts = new ArrayList<>();
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    Map.Entry<String, Sum> e = deposits.get(i);
                    inserts.add(new Object[]{e.getKey(), e.getValue().fen(), e.getValue().count()});
                }
            }
            if (!inserts.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO " + tables.volume() + " (deposit_id, volume_fen, transaction_count, "
                        + "target_reached, window_closed) VALUES (?, ?, ?, FALSE, FALSE)", inserts);
            }
        }
    }

    /** The target was reported for these deposits: not again. */
    void targetReached(Collection<String> depositIds) {
        jdbc.batchUpdate("UPDATE " + tables.volume() + " SET target_reached = TRUE WHERE deposit_id = ?",
                depositIds.stream().map(id -> new Object[]{id}).toList());
    }

    /**
     * D4, D5: settlement closed {@code businessDate} on every partition, so the windows ending on it or before
     * are closed: their volume is final, their daily buckets are summed into the day table and their dedup
     * sets go. Returns the deposits closed now.
     */
    List<String> closeWindowsEndingBy(LocalDate businessDate) {
        List<String> closing = jdbc.queryForList("SELECT v.deposit_id FROM " + tables.volume() + " v JOIN "
                + "deposit_terms t ON t.deposit_id = v.deposit_id WHERE v.window_closed = FALSE "
                + "AND t.window_end_date <= ?", String.class, businessDate);
        if (!closing.isEmpty()) {
            List<Object[]> ids = closing.stream().map(id -> new Object[]{id}).toList();
            jdbc.batchUpdate("UPDATE " + tables.volume() + " SET window_closed = TRUE WHERE deposit_id = ?", ids);
            jdbc.batchUpdate("INSERT INTO " + tables.day() + " (deposit_id, capture_date, volume_fen, "
                    + "transaction_count) SELECT deposit_id, capture_date, SUM(amount_fen), COUNT(*) FROM "
                    + tables.counted() + " WHERE deposit_id = ? GROUP BY deposit_id, capture_date", ids);
            jdbc.batchUpdate("DELETE FROM " + tables.counted() + " WHERE deposit_id = ?", ids);
        }
        return closing;
    }

    /**
     * The daily buckets (D6): summed into the day table once a window has closed, read from the dedup rows
     * while it is open. {@code depositId} null: every deposit's.
     */
    void days(String depositId, DayConsumer consumer) {
        String where = depositId == null ? "" : " WHERE deposit_id = ?";
        String sql = "SELECT deposit_id, capture_date, SUM(volume_fen), SUM(transaction_count) FROM ("
                + "SELECT deposit_id, capture_date, volume_fen, transaction_count FROM " + tables.day() + where
                + " UNION ALL SELECT deposit_id, capture_date, amount_fen, 1 FROM " + tables.counted() + where
                + ") d GROUP BY deposit_id, capture_date ORDER BY deposit_id, capture_date";
        Object[] args = depositId == null ? new Object[0] : new Object[]{depositId, depositId};
        jdbc.query(sql, rs -> {
            consumer.accept(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getLong(4));
        }, args);
    }

    @FunctionalInterface
    interface DayConsumer {
        void accept(String depositId, LocalDate date, long volumeFen, long transactionCount);
    }

    /** A settlement of a serial no deposit is known for yet waits here, in arrival order (architecture §4: parked). */
    void park(List<SettledTransaction> waiting) {
        jdbc.batchUpdate("INSERT INTO " + tables.waiting() + " (serial_number, transaction_id, transaction_type, "
                        + "credit_card, amount_fen, captured_at, partition_no, closed_through) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                waiting.stream().map(t -> new Object[]{t.serialNumber(), t.transactionId(), t.type().name(),
                        t.creditCard(), t.amountFen(), nanos(t.capturedAt()), t.partition(),
                        t.closedThroughWhenRead()}).toList());
    }

    Set<String> waitingSerials() {
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT serial_number FROM " + tables.waiting(), String.class));
    }

    /** Takes the settlements waiting for {@code serials} out of the waiting table, oldest first. */
    List<SettledTransaction> takeWaiting(Collection<String> serials) {
        List<SettledTransaction> taken = new ArrayList<>();
        List<Object[]> ids = new ArrayList<>();
        inChunks(serials, chunk -> jdbc.query("SELECT id, serial_number, transaction_id, transaction_type, "
                        + "credit_card, amount_fen, captured_at, partition_no, closed_through FROM " + tables.waiting()
                        + " WHERE serial_number IN (" + marks(chunk.size()) + ") ORDER BY id",
                rs -> {
                    ids.add(new Object[]{rs.getLong(1)});
                    taken.add(new SettledTransaction(rs.getString(3), rs.getString(2),
                            TransactionType.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getLong(6),
                            instant(rs.getLong(7)), rs.getInt(8), rs.getObject(9, LocalDate.class)));
                }, chunk.toArray()));
        if (!ids.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM " + tables.waiting() + " WHERE id = ?", ids);
        }
        return taken;
    }

    long waitingCount() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + tables.waiting(), Long.class);
        return n == null ? 0 : n;
    }

    static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    private static DepositTerms termsOf(ResultSet rs) throws SQLException {
        return new DepositTerms(rs.getString(1), rs.getString(2), instant(rs.getLong(3)), instant(rs.getLong(4)),
                rs.getObject(5, LocalDate.class), rs.getLong(6), Qualifying.valueOf(rs.getString(7)));
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static void inChunks(Collection<String> values, Consumer<List<String>> query) {
        List<String> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            query.accept(all.subList(from, Math.min(all.size(), from + IN_CHUNK)));
        }
    }

    /** A deposit's counted volume and whether its target was reported. */
    record Volume(long fen, long count, boolean targetReached) {
    }

    /** A transaction counted towards a deposit (D5's dedup record). */
    record Counted(String transactionId, String depositId) {
    }

    /** A dedup record with what the daily buckets need. */
    record CountedTransaction(Counted key, LocalDate date, long amountFen) {
    }

    /** What a fold adds to a deposit or a day. */
    record Sum(long fen, long count) {
    }
}
