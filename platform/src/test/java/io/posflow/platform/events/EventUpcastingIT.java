package io.posflow.platform.events;

import io.posflow.platform.fixture.OnTheSharedBroker;
import io.posflow.platform.fixture.Counter;
import io.posflow.platform.fixture.PipelineTestApplication;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Issue 13, ADR 20: an event written by an earlier release in an earlier shape loads, through its upcaster, in the
 * current shape — into the aggregate that decides and for whoever reads the stream — while the stored history
 * stays exactly as it was written.
 */
@SpringBootTest(classes = PipelineTestApplication.class)
@DirtiesContext
class EventUpcastingIT extends OnTheSharedBroker {

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore events;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEventStoredInTheFirstReleasesShapeLoadsInTheCurrentShapeAndTheStoredHistoryIsUntouched() {
        String counter = "upcast-" + UUID.randomUUID();
        commands.sendAndWait(new Counter.OpenCounterCommand(counter));
        storeAsTheFirstReleaseDid(counter, 1, Counter.CounterCharged.class.getName(), "{\"counterId\":\"" + counter + "\",\"amountYuan\":\"12.34\"}");

        commands.sendAndWait(new Counter.ChargeCounter(counter, 66));

        assertThat((Long) commands.sendAndWait(new Counter.ReadCharged(counter))).isEqualTo(1_234 + 66);
        assertThat(events.readEvents(counter).asStream().<Object>map(EventMessage::getPayload))
                .containsExactly(new Counter.CounterOpened(counter), new Counter.CounterCharged(counter, 1_234),
                        new Counter.CounterCharged(counter, 66));
        assertThat(jdbc.queryForList("select payload_revision from domain_event_entry where aggregate_identifier = ?"
                + " order by sequence_number", String.class, counter)).containsExactly(null, null, "2");
        assertThat(new String(jdbc.queryForObject("select payload from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = 1", byte[].class, counter), StandardCharsets.UTF_8)).contains("\"amountYuan\"");
    }

    /** ADR 22: a package move (posflow.platform.events.moved-packages) chains with the revision steps of today's class. */
    @Test
    void anEventStoredUnderThePackageItsClassHasLeftLoadsAsTodaysClassThroughTheRevisionSteps() {
        String counter = "moved-" + UUID.randomUUID();
        commands.sendAndWait(new Counter.OpenCounterCommand(counter));
        String before = "io.posflow.platform.fixture.earlier.Counter$CounterCharged";
        storeAsTheFirstReleaseDid(counter, 1, before,
                "{\"counterId\":\"" + counter + "\",\"amountYuan\":\"5.00\"}");

        assertThat((Long) commands.sendAndWait(new Counter.ReadCharged(counter))).isEqualTo(500);
        assertThat(jdbc.queryForObject("select payload_type from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = 1", String.class, counter)).isEqualTo(before);
    }

    @Test
    void aMoveWithoutADestinationIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MovedPackagesUpcaster(java.util.Map.of("a.b", " ")))
                .withMessageContaining("needs a from and a different to");
    }

    @Test
    void anUpcasterThatChangesNeitherRevisionNorTypeIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                JsonEventUpcaster.step(Counter.CounterCharged.class, "2", "2", node -> node))
                .withMessageContaining("must change the revision or the type");
    }

    /**
     * The row an earlier release's event store wrote: the event's JSON of that day, without a revision (its global
     * index from the store's own sequence, whose pooled ranges Hibernate never hands out twice).
     */
    private void storeAsTheFirstReleaseDid(String counter, long sequence, String type, String json) {
        long globalIndex = jdbc.queryForObject("select next value for domain_event_entry_seq", Long.class);
        jdbc.update("insert into domain_event_entry (global_index, sequence_number, aggregate_identifier,"
                + " event_identifier, payload_revision, payload_type, time_stamp, type, meta_data, payload)"
                + " values (?, ?, ?, ?, null, ?, ?, 'Counter', ?, ?)", globalIndex, sequence, counter,
                UUID.randomUUID().toString(), type, Instant.now().toString(),
                "{}".getBytes(StandardCharsets.UTF_8), json.getBytes(StandardCharsets.UTF_8));
    }
}
