package io.posflow.terminal.adapter.web;

import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.platform.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** PCI: a capture must never carry CVV, PIN or track data. The answer names no field value. */
public class SensitiveCardDataException extends ProblemException {

    public SensitiveCardDataException() {
        super(HttpStatus.BAD_REQUEST, ReasonCode.SENSITIVE_CARD_DATA.name(),
                ReasonCode.SENSITIVE_CARD_DATA.defaultMessage());
    }
}
