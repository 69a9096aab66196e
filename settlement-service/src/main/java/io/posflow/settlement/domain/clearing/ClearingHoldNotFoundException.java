package io.posflow.settlement.domain.clearing;

/** Release of a capture that S8 does not hold on that date. */
public class ClearingHoldNotFoundException extends RuntimeException {

    public ClearingHoldNotFoundException(ClearingDayId day, String transactionId) {
        super("No clearing hold of transaction " + transactionId + " on " + day.businessDate());
    }
}
