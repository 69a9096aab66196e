package io.posflow.deposit.readmodel.state.volume;

/**
 * The tables one copy of the projection lives in: the live one, or the fresh one a rebuild replays into
 * (D5). {@code terms} and the offsets (the platform's) are shared: the terms never change, and a rebuild commits no
 * offsets.
 */
record ProjectionTables(String volume, String day, String counted, String waiting) {

    static final ProjectionTables LIVE = of("");
    static final ProjectionTables REBUILD = of("_rebuild");

    private static ProjectionTables of(String suffix) {
        return new ProjectionTables("deposit_volume" + suffix, "deposit_volume_day" + suffix,
                "deposit_counted" + suffix, "deposit_waiting" + suffix);
    }
}
