package io.posflow.platform.persistence;

import java.util.Map;

/**
 * What a commit acknowledged by this service's database survives (issue 12): a device hears APPROVED and
 * an inbound offset moves on only after the commit, so the commit must be durable.
 *
 * @param database the product (H2, PostgreSQL)
 * @param settings the settings that decide it, as read back from the database
 * @param survives what an acknowledged commit survives
 */
public record Durability(String database, Map<String, String> settings, Survives survives) {

    /** The failures an acknowledged commit outlives, weakest first. */
    public enum Survives {
        /** An in-memory database: nothing outlives the process (tests only). */
        NOTHING,
        /** The commit's write is delayed (H2 WRITE_DELAY > 0, PostgreSQL synchronous_commit off, fsync off). */
        NOT_DURABLE,
        /** Written to the operating system at commit (H2 with WRITE_DELAY=0): a killed process, not a lost machine. */
        PROCESS_KILL,
        /** Flushed to disk at commit (PostgreSQL fsync and synchronous_commit on): a lost machine too. */
        MACHINE_LOSS
    }

    public boolean durable() {
        return survives == Survives.PROCESS_KILL || survives == Survives.MACHINE_LOSS;
    }

    public String describe() {
        return database + " " + settings + " — an acknowledged commit survives: " + switch (survives) {
            case NOTHING -> "nothing (in-memory database)";
            case NOT_DURABLE -> "NOT a killed process (commits are written behind the acknowledgement)";
            case PROCESS_KILL -> "a killed process (not a lost machine: no fsync per commit)";
            case MACHINE_LOSS -> "a killed process and a lost machine (fsync per commit)";
        };
    }
}
