package io.posflow.platform.duework;

/**
 * Runs one kind of due work. It runs inside the transaction that removes or reschedules the item, so
 * what it writes to the database and the item's fate commit together; an exception rolls both back
 * and the item is retried with back-off.
 */
public interface DueWorkHandler {

    String kind();

    DueWorkOutcome run(DueWork work);
}
