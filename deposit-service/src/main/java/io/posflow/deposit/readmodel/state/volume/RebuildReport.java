package io.posflow.deposit.readmodel.state.volume;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/deposits/projection/rebuild} (D5): the projection replayed from the topic into fresh
 * tables up to where the live one stood, and how the two differ (at most {@link #MAX_LISTED} listed).
 *
 * @param readUpTo    per partition, the offset both copies had folded up to when they were compared
 * @param deposits    deposits in either copy
 * @param differences the first differences, per deposit and field
 */
public record RebuildReport(Instant rebuiltAt, Map<Integer, Long> readUpTo, long recordsReplayed, int deposits,
                            boolean identical, int differenceCount, List<Difference> differences) {

    static final int MAX_LISTED = 100;

    /** One field of one deposit that came out differently; null where a copy has no such row. */
    public record Difference(String serialNumber, String field, String live, String rebuilt) {
    }
}
