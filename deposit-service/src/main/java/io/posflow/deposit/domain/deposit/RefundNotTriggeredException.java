package io.posflow.deposit.domain.deposit;

/** A refund payout arrived for a deposit whose refund was never triggered (it is held or forfeited). */
public class RefundNotTriggeredException extends RuntimeException {

    public RefundNotTriggeredException(SerialNumber serialNumber, DepositStatus status) {
        super("The deposit of terminal " + serialNumber + " is " + status + "; its refund was not triggered");
    }
}
