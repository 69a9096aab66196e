package io.posflow.platform.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's cause, pinned: H2 2.3 rolls back a row that was being updated when its process died, and the row's
 * native ENUM column then reads back as the ordinal ("2") instead of the label — which is what made a restarted
 * terminal-service fail with "No enum constant TerminalModel.1". A VARCHAR column keeps its value, which is why
 * every service maps enums to VARCHAR ({@code ArchitectureRules.enumColumnsAreVarchar}).
 */
class EnumColumnCrashIT {

    @TempDir
    Path data;

    @Test
    void aNativeEnumColumnReadsBackAsAnOrdinalAfterAProcessDiedMidUpdate() throws Exception {
        assertThat(crashMidUpdate("ENUM('ESIGN','SMART')")).isEqualTo("2");
    }

    @Test
    void aVarcharColumnKeepsItsValueAfterAProcessDiedMidUpdate() throws Exception {
        assertThat(crashMidUpdate("VARCHAR(10)")).isEqualTo("SMART");
    }

    private String crashMidUpdate(String columnType) throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("crash") + ";WRITE_DELAY=0";
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InFlightUpdateThenHalt.class.getName(), url, columnType)
                .inheritIO().start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("the child halted as a killed process would").isEqualTo(9);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT model FROM terminal")) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }

    /** Commits a row, leaves an update of it in flight, forces the store to disk, and dies without closing. */
    public static final class InFlightUpdateThenHalt {

        public static void main(String[] args) throws Exception {
            Connection c = DriverManager.getConnection(args[0], "sa", "");
            Statement s = c.createStatement();
            s.execute("CREATE TABLE terminal (id INT PRIMARY KEY, model " + args[1] + " NOT NULL, captures INT)");
            s.execute("INSERT INTO terminal VALUES (1, 'SMART', 0)");
            c.setAutoCommit(false);
            s.execute("UPDATE terminal SET captures = captures + 1, model = 'ESIGN' WHERE id = 1");
            s.execute("CHECKPOINT");
            Runtime.getRuntime().halt(9);
        }
    }
}
