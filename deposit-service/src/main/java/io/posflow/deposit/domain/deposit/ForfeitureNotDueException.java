package io.posflow.deposit.domain.deposit;

/** D4: a deposit is forfeited only after its window ended and settlement closed the window end's business date. */
public class ForfeitureNotDueException extends RuntimeException {

    public ForfeitureNotDueException(String message) {
        super(message);
    }
}
