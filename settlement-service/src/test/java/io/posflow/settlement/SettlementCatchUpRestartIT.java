package io.posflow.settlement;

import io.posflow.contracts.topics.TopicDefinition;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.clock.ClockOffsetStore;
import io.posflow.platform.clock.SimulationClock;
import io.posflow.platform.duework.DueWorkScheduler;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TopicRecorder;
import io.posflow.settlement.domain.calendar.DailyRunTime;
import io.posflow.settlement.domain.calendar.SettlementCalendar;
import io.posflow.settlement.usecase.DailySettlementRunWork;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * S2: the daily run catches up after a jump, and a restart in the middle of the catch-up neither skips a run
 * nor closes a date twice. The service runs twice on one H2 file, as after a crash; the dates used lie years
 * ahead so that no other test class on the shared broker closes them.
 */
class SettlementCatchUpRestartIT {

    private static final Duration DEADLINE = Duration.ofSeconds(180);
    private static final String DAY_CLOSED_TYPE = "posflow.settlement.SettlementDayClosed.v1";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int JUMP_DAYS = 30;

    @BeforeAll
    static void consumedTopicsExist() {
        for (TopicDefinition topic : List.of(Topics.ONBOARDING_MERCHANTS, Topics.TERMINAL_TERMINALS,
                Topics.TERMINAL_TRANSACTIONS, Topics.DEPOSIT_DEPOSITS)) {
            RealKafka.ensureTopics(topic.partitions(), topic.name());
        }
    }

    @Test
    void S2_aRestartInTheMiddleOfACatchUpClosesEveryCalendarDateExactlyOnceAndInOrder(@TempDir Path data) {
        String url = "jdbc:h2:file:" + data.resolve("settlement") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        LocalDate start;
        LocalDate lastRun;
        List<LocalDate> dates;
        int closedBeforeTheRestart;
        try (ConfigurableApplicationContext before = start(url)) {
            SettlementCalendar calendar = before.getBean(SettlementCalendar.class);
            DailyRunTime runTime = before.getBean(DailyRunTime.class);
            SimulationClock clock = before.getBean(SimulationClock.class);
            start = calendar.nextRunDayAfter(LocalDate.ofInstant(clock.instant(), SHANGHAI).plusYears(3));
            lastRun = calendar.nextRunDayAfter(start.plusDays(JUMP_DAYS));
            // The first run ever closes the dates since the previous business day (nothing earlier is its own).
            dates = calendar.previousRunDayBefore(start).datesUntil(lastRun).toList();
            before.getBean(DueWorkScheduler.class).schedule(DailySettlementRunWork.KIND, DailySettlementRunWork.KEY,
                    runTime.on(start), null);
            // Kept in the database as the simulation endpoint keeps it, so the restarted service has the same time.
            before.getBean(ClockOffsetStore.class).save(clock.moveTo(runTime.on(lastRun).plusSeconds(60)));

            JdbcTemplate db = before.getBean(JdbcTemplate.class);
            await().atMost(DEADLINE).pollInterval(Duration.ofMillis(20)).until(() -> closedDates(db, dates) > 0);
            closedBeforeTheRestart = closedDates(db, dates);
        }
        // The recorder reads the topic (created by the first run) from its beginning.
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), Topics.SETTLEMENT_TRANSACTIONS.name())) {
            try (ConfigurableApplicationContext after = start(url)) {
                JdbcTemplate db = after.getBean(JdbcTemplate.class);
                await().atMost(DEADLINE).until(() -> closedDates(db, dates) == dates.size());
                LocalDate last = dates.get(dates.size() - 1);
                await().atMost(DEADLINE).until(() -> dayClosed(out, last).size() == 12);
            }

            assertThat(closedBeforeTheRestart).as("the restart came in the middle of the catch-up")
                    .isLessThan(dates.size());
            for (LocalDate date : dates) {
                List<ConsumerRecord<String, byte[]>> closed = dayClosed(out, date);
                assertThat(closed.stream().map(r -> TopicRecorder.header(r, "ce_id")).distinct())
                        .as("SettlementDayClosed(%s), one per partition", date).hasSize(12);
                assertThat(closed).extracting(ConsumerRecord::partition).containsAll(IntStream.range(0, 12).boxed().toList());
            }
            for (int partition = 0; partition < 12; partition++) {
                int p = partition;
                List<LocalDate> inPartitionOrder = out.records(r -> r.partition() == p
                                && DAY_CLOSED_TYPE.equals(TopicRecorder.header(r, "ce_type"))
                                && dates.contains(LocalDate.parse(r.key()))).stream()
                        .sorted(Comparator.comparingLong(ConsumerRecord::offset))
                        .map(r -> LocalDate.parse(r.key())).distinct().toList();
                assertThat(inPartitionOrder).as("partition %d", p).isEqualTo(dates);
            }
        }
    }

    private static int closedDates(JdbcTemplate db, List<LocalDate> dates) {
        return db.queryForObject("select count(*) from settlement_day where business_date between ? and ?",
                Integer.class, dates.get(0), dates.get(dates.size() - 1));
    }

    private static List<ConsumerRecord<String, byte[]>> dayClosed(TopicRecorder out, LocalDate date) {
        return out.records(r -> DAY_CLOSED_TYPE.equals(TopicRecorder.header(r, "ce_type"))
                && date.toString().equals(r.key()));
    }

    private static ConfigurableApplicationContext start(String url) {
        // Command-line arguments outrank the test configuration (builder properties would not).
        return new SpringApplicationBuilder(SettlementServiceApplication.class)
                .profiles("simulation", "it")
                .run("--spring.datasource.url=" + url,
                        "--spring.kafka.bootstrap-servers=" + RealKafka.bootstrapServers(),
                        "--server.port=0");
    }
}
