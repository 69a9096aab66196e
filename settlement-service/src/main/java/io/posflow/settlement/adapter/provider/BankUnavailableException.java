package io.posflow.settlement.adapter.provider;

/** The bank could not be reached or did not answer in time; whether it paid is unknown (transient). */
public class BankUnavailableException extends RuntimeException {

    public BankUnavailableException(String message) {
        super(message);
    }
}
