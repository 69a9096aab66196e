package io.posflow.settlement.domain.day;

/** A business date is closed once; closing it again would tell deposit-service twice that it is complete. */
public class SettlementDayAlreadyClosedException extends RuntimeException {

    public SettlementDayAlreadyClosedException(SettlementDayId day) {
        super("Business date " + day.businessDate() + " is already closed");
    }
}
