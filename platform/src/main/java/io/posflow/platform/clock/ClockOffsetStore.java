package io.posflow.platform.clock;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;

/** Keeps the simulation offset in the service's database so a restart does not turn time back. */
public class ClockOffsetStore {

    private final JdbcTemplate jdbc;

    public ClockOffsetStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("create table if not exists simulation_clock (id int primary key, offset_millis bigint not null)");
    }

    public Duration load() {
        List<Long> rows = jdbc.queryForList("select offset_millis from simulation_clock where id = 1", Long.class);
        return rows.isEmpty() ? Duration.ZERO : Duration.ofMillis(rows.get(0));
    }

    public void save(Duration offset) {
        int updated = jdbc.update("update simulation_clock set offset_millis = ? where id = 1", offset.toMillis());
        if (updated == 0) {
            jdbc.update("insert into simulation_clock (id, offset_millis) values (1, ?)", offset.toMillis());
        }
    }
}
