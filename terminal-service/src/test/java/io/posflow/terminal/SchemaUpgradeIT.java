package io.posflow.terminal;

import io.posflow.platform.testing.RealKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: a data folder written by the release before migrations (Hibernate {@code ddl-auto: update}, native
 * ENUM columns on H2; fixture {@code upgrade/terminal-before-migrations.sql}, two terminals registered with it) is
 * baselined at version 1, migrated by V2 (and V3), validated by Hibernate, and its terminals still answer and still load
 * from their events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"simulation", "it"})
@DirtiesContext
class SchemaUpgradeIT {

    @DynamicPropertySource
    static void previousReleasesDatabase(DynamicPropertyRegistry registry) throws IOException, SQLException {
        Path data = Files.createTempDirectory("terminal-upgrade-");
        String url = "jdbc:h2:file:" + data.resolve("terminal") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        Path script = data.resolve("before.sql");
        try (var fixture = SchemaUpgradeIT.class.getResourceAsStream("/upgrade/terminal-before-migrations.sql")) {
            Files.copy(fixture, script);
        }
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + script + "'");
        }
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.kafka.bootstrap-servers", RealKafka::bootstrapServers);
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDataFolderFromBeforeMigrationsIsBaselinedAndMigratedAndItsTerminalsStillAnswer() {
        ResponseEntity<Map> smart = rest.getForEntity("/api/v1/terminals/LKLE0000UPGRADE2", Map.class);

        assertThat(smart.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(smart.getBody()).containsEntry("model", "SMART").containsEntry("status", "STOCK");
        List<String> versions = jdbc.queryForList("SELECT \"version\" || ' ' || \"type\" FROM \"flyway_schema_history\""
                + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"", String.class);
        assertThat(versions).as("taken as version 1, then migrated by V2 and V3")
                .containsExactly("1 BASELINE", "2 SQL", "3 SQL");
        assertThat(jdbc.queryForObject("SELECT data_type FROM information_schema.columns"
                + " WHERE table_name = 'TERMINAL_VIEW' AND column_name = 'MODEL'", String.class))
                .isEqualTo("CHARACTER VARYING");
    }

    @Test
    void aTerminalRegisteredBeforeTheUpgradeStillLoadsFromItsEvents() {
        ResponseEntity<Map> again = rest.postForEntity("/api/v1/terminals",
                Map.of("serialNumber", "LKLE0000UPGRADE1", "model", "ESIGN", "vendor", "Lakala"), Map.class);

        assertThat(again.getStatusCode()).as("T1: the serial is known from its stored TerminalRegistered")
                .isEqualTo(HttpStatus.CONFLICT);
    }
}
