package io.posflow.deposit.readmodel.state.volume;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: a database whose volume projection stored its offsets in deposit_projection_offset (created at run time
 * up to V2) keeps them, value for value, in the platform's topic_projection_offset after V3 — nothing is folded
 * twice or skipped when the service starts on the platform's topic projection.
 */
class ProjectionOffsetsMigrationTest {

    private final DriverManagerDataSource database = new DriverManagerDataSource(
            "jdbc:h2:mem:offsets-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(database);

    @Test
    void theOffsetsStoredBeforeV3AreTheDepositProjectionsOffsetsAfterIt() {
        migrateTo("2");
        jdbc.execute("CREATE TABLE IF NOT EXISTS deposit_projection_offset (partition_no INT PRIMARY KEY, "
                + "next_offset BIGINT NOT NULL)");
        jdbc.update("INSERT INTO deposit_projection_offset (partition_no, next_offset) VALUES (0, 1200), (7, 35)");

        migrateTo("latest");

        assertThat(offsets()).containsExactly(
                Map.of("PROJECTION_NAME", "deposit", "TOPIC", "settlement.transactions.v1", "PARTITION_NO", 0,
                        "NEXT_OFFSET", 1200L),
                Map.of("PROJECTION_NAME", "deposit", "TOPIC", "settlement.transactions.v1", "PARTITION_NO", 7,
                        "NEXT_OFFSET", 35L));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables "
                + "WHERE LOWER(table_name) = 'deposit_projection_offset'", Integer.class)).isZero();
    }

    @Test
    void aNewDatabaseStartsWithNoOffsets() {
        migrateTo("latest");

        assertThat(offsets()).isEmpty();
    }

    private void migrateTo(String version) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .placeholders(Map.of("binary", "blob")).target(version).load().migrate();
    }

    private List<Map<String, Object>> offsets() {
        return jdbc.queryForList("SELECT projection_name, topic, partition_no, next_offset "
                + "FROM topic_projection_offset ORDER BY partition_no");
    }
}
