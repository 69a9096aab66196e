package io.posflow.platform.persistence;

import io.posflow.platform.testing.RealPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 12: a service starts only on a database that makes a commit durable before acknowledging it. */
class DurabilityCheckIT {

    @TempDir
    Path data;

    @Test
    void anH2FileWithoutWriteDelaySurvivesAKilledProcess() {
        DurabilityCheck check = new DurabilityCheck(h2("jdbc:h2:file:" + data.resolve("durable") + ";WRITE_DELAY=0"), false);

        assertThat(check.durability().survives()).isEqualTo(Durability.Survives.PROCESS_KILL);
        assertThat(check.durability().settings()).containsEntry("WRITE_DELAY", "0");
    }

    @Test
    void anH2FileWithItsDefaultWriteDelayIsRefusedAtStartUp() {
        DataSource delayed = h2("jdbc:h2:file:" + data.resolve("delayed"));

        assertThatThrownBy(() -> new DurabilityCheck(delayed, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WRITE_DELAY=500");
    }

    @Test
    void aNonDurableDatabaseStartsOnlyWhenThatIsAskedForExplicitly() {
        DurabilityCheck check = new DurabilityCheck(h2("jdbc:h2:file:" + data.resolve("delayed")), true);

        assertThat(check.durability().durable()).isFalse();
        assertThat(check.durability().survives()).isEqualTo(Durability.Survives.NOT_DURABLE);
    }

    @Test
    void anInMemoryDatabaseIsReportedAsSurvivingNothing() {
        DurabilityCheck check = new DurabilityCheck(h2("jdbc:h2:mem:durability-test"), false);

        assertThat(check.durability().survives()).isEqualTo(Durability.Survives.NOTHING);
    }

    @Test
    void theTestPostgresqlFlushesEveryCommitToDiskAndSurvivesALostMachine() {
        DurabilityCheck check = new DurabilityCheck(postgres(RealPostgres.newDatabaseUrl()), false);

        assertThat(check.durability().survives()).isEqualTo(Durability.Survives.MACHINE_LOSS);
        assertThat(check.durability().settings())
                .containsEntry("fsync", "on")
                .containsEntry("synchronous_commit", "on");
    }

    @Test
    void aPostgresqlDatabaseWithAsynchronousCommitsIsRefusedAtStartUp() throws Exception {
        String url = RealPostgres.newDatabaseUrl();
        String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        try (Connection c = postgres(url).getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + name + " SET synchronous_commit = off");
        }

        assertThatThrownBy(() -> new DurabilityCheck(postgres(url), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("synchronous_commit=off");
    }

    private static DataSource h2(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }

    private static DataSource postgres(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser("postgres");
        dataSource.setPassword("postgres");
        return dataSource;
    }
}
