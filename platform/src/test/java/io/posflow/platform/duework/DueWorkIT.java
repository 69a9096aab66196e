package io.posflow.platform.duework;

import io.posflow.platform.fixture.OnTheSharedBroker;
import io.posflow.platform.clock.SimulationClock;
import io.posflow.platform.fixture.PipelineTestApplication;
import io.posflow.platform.fixture.RecordingDueWork;
import io.posflow.platform.testing.RealKafka;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = PipelineTestApplication.class)
@ActiveProfiles("simulation")
@DirtiesContext
class DueWorkIT extends OnTheSharedBroker {

    private static final Duration DEADLINE = Duration.ofSeconds(30);


    @Autowired
    DueWorkScheduler scheduler;
    @Autowired
    SimulationClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void afterAClockJumpEveryMissedOccurrenceRunsOnceInDueOrder() {
        String key = "daily-" + UUID.randomUUID();
        Instant first = clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        scheduler.schedule(RecordingDueWork.DAILY, key, first, null);

        clock.moveTo(first.plus(Duration.ofDays(5)).plus(Duration.ofMinutes(30)));

        List<Instant> expected = IntStream.rangeClosed(0, 5).mapToObj(d -> first.plus(Duration.ofDays(d))).toList();
        await().atMost(DEADLINE).until(() -> dueTimesOfRuns(key), runs -> runs.size() == expected.size());
        assertThat(dueTimesOfRuns(key)).containsExactlyElementsOf(expected);
        assertThat(jdbc.queryForObject("select due_at from due_work where work_key = ?", Timestamp.class, key)
                .toInstant()).isEqualTo(first.plus(Duration.ofDays(6)));
    }

    @Test
    void workThatIsNotDueYetDoesNotRun() {
        String key = "later-" + UUID.randomUUID();
        scheduler.schedule(RecordingDueWork.DAILY, key, clock.instant().plus(Duration.ofDays(3)), null);
        String marker = "now-" + UUID.randomUUID();
        scheduler.schedule(RecordingDueWork.FLAKY, marker, clock.instant(), "0");

        await().atMost(DEADLINE).until(() -> dueTimesOfRuns(marker).size() == 1);
        assertThat(dueTimesOfRuns(key)).isEmpty();
    }

    @Test
    void aFailingItemIsRetriedWithBackOffUntilItSucceedsAndRunsOnce() {
        String key = "flaky-" + UUID.randomUUID();
        scheduler.schedule(RecordingDueWork.FLAKY, key, clock.instant(), "2");

        await().atMost(DEADLINE).until(() -> jdbc.queryForObject(
                "select count(*) from due_work where work_key = ? and attempts >= 1", Integer.class, key) == 1);
        clock.moveTo(clock.instant().plus(Duration.ofMinutes(10))); // past the back-off of both retries

        await().atMost(DEADLINE).until(() -> dueTimesOfRuns(key).size() == 1);
        assertThat(jdbc.queryForObject("select count(*) from due_work where work_key = ?", Integer.class, key)).isZero();
    }

    @Test
    void scheduledWorkSurvivesARestartAndRunsWhenItsTimeComes(@TempDir Path data) {
        String url = "jdbc:h2:file:" + data.resolve("restart") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        String key = "restart-" + UUID.randomUUID();
        Instant due;
        try (ConfigurableApplicationContext before = start(url)) {
            SimulationClock c = before.getBean(SimulationClock.class);
            due = c.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
            before.getBean(DueWorkScheduler.class).schedule(RecordingDueWork.DAILY, key, due, null);
        }
        try (ConfigurableApplicationContext after = start(url)) {
            JdbcTemplate db = after.getBean(JdbcTemplate.class);
            assertThat(runs(db, key)).isEmpty();
            after.getBean(SimulationClock.class).moveTo(due.plus(Duration.ofMinutes(1)));
            await().atMost(DEADLINE).until(() -> runs(db, key), r -> r.size() == 1);
            assertThat(runs(db, key)).containsExactly(due);
        }
    }

    @Test
    void theSimulatedTimeSurvivesARestart(@TempDir Path data) {
        String url = "jdbc:h2:file:" + data.resolve("clock") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        Instant moved;
        try (ConfigurableApplicationContext before = start(url)) {
            SimulationClock c = before.getBean(SimulationClock.class);
            moved = c.instant().plus(Duration.ofDays(40));
            before.getBean(io.posflow.platform.clock.ClockOffsetStore.class).save(c.moveTo(moved));
        }
        try (ConfigurableApplicationContext after = start(url)) {
            assertThat(after.getBean(SimulationClock.class).instant()).isAfterOrEqualTo(moved);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        // Command-line arguments outrank the test application.yml (builder properties would not).
        return new SpringApplicationBuilder(PipelineTestApplication.class)
                .profiles("simulation")
                .run("--spring.datasource.url=" + url,
                        "--spring.kafka.bootstrap-servers=" + RealKafka.bootstrapServers(),
                        "--server.port=0");
    }

    private List<Instant> dueTimesOfRuns(String key) {
        return runs(jdbc, key);
    }

    private static List<Instant> runs(JdbcTemplate db, String key) {
        return db.queryForList("select due_at from due_run where work_key = ? order by id", Timestamp.class, key)
                .stream().map(Timestamp::toInstant).toList();
    }
}
