package io.posflow.platform.messaging.inbound;

import io.posflow.contracts.IntegrationEventCodec;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboundMessageTest {

    private final IntegrationEventCodec codec = new IntegrationEventCodec();

    @Test
    void aValueOfAnUnknownTypeIsUnreadableWithTheCodecsReasonAndNeverQuotesTheValue() {
        InboundMessage message = message("posflow.nobody.Nothing.v1", "{\"pan\":\"6222020200112233445\"}");

        assertThatThrownBy(() -> message.event(codec))
                .isInstanceOfSatisfying(UnreadableMessageException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("UNKNOWN_TYPE"))
                .hasMessageNotContaining("6222020200112233445");
    }

    @Test
    void aValueThatIsNotJsonIsUnreadableUnderTheTypeItWasSentAs() {
        InboundMessage message = message(null, "not json");

        assertThatThrownBy(() -> message.event(codec, "posflow.terminal.TransactionCaptured.v1"))
                .isInstanceOf(UnreadableMessageException.class)
                .hasMessageNotContaining("not json");
    }

    private static InboundMessage message(String type, String value) {
        return new InboundMessage("terminal.transactions.v1", 0, 7, "k", "id-7", type, Instant.EPOCH, Map.of(),
                value.getBytes(StandardCharsets.UTF_8));
    }
}
