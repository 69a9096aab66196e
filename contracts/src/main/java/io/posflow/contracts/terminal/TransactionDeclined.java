package io.posflow.contracts.terminal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.reasons.Reason;
import java.time.Instant;
import java.util.Objects;

/**
 * A capture was declined (limits, deposit rules, switch timeout, …); nothing settles.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransactionDeclined(
        String transactionId,
        String serialNumber,
        String merchantNo,
        TransactionType type,
        PaymentChannel channel,
        CardType cardType,
        Wallet wallet,
        long amountFen,
        Reason reason,
        Instant declinedAt) implements IntegrationEvent {

    public TransactionDeclined {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(declinedAt, "declinedAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return serialNumber;
    }
}
