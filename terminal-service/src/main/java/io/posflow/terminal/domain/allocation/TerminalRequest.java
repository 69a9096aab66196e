package io.posflow.terminal.domain.allocation;

import io.posflow.terminal.domain.terminal.ApplicantType;
import io.posflow.terminal.domain.terminal.MerchantNo;
import io.posflow.terminal.domain.terminal.SettlementSpeed;
import io.posflow.terminal.domain.terminal.TerminalModel;
import io.posflow.terminal.domain.terminal.TerminalStatus;

import java.util.Objects;

/** What an onboarded merchant's application asks for (T2): a terminal of its model, bound on its terms. */
public record TerminalRequest(MerchantNo merchantNo, TerminalModel model, ApplicantType applicantType,
                              SettlementSpeed speed) {

    public TerminalRequest {
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(applicantType, "applicantType");
        Objects.requireNonNull(speed, "speed");
    }

    /** T2: a terminal serves this request if it is in stock (bound to no one) and of the application's model. */
    public boolean canBeServedBy(TerminalModel terminalModel, TerminalStatus status) {
        return status == TerminalStatus.STOCK && terminalModel == model;
    }
}
