package io.posflow.platform.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads back, at start-up, whether this service's database acknowledges a commit only once it is durable
 * (issue 12), logs it, shows it under {@code /actuator/info} ({@code durability}) and refuses to start on a
 * file or server database that writes commits behind their acknowledgement, unless
 * {@code posflow.platform.persistence.allow-non-durable} is set.
 */
public final class DurabilityCheck implements InfoContributor {

    private static final Logger log = LoggerFactory.getLogger(DurabilityCheck.class);
    private static final Set<String> SYNCHRONOUS = Set.of("on", "local", "remote_write", "remote_apply");

    private final Durability durability;

    public DurabilityCheck(DataSource dataSource, boolean allowNonDurable) {
        this.durability = inspect(dataSource);
        if (durability.survives() == Durability.Survives.NOT_DURABLE) {
            if (!allowNonDurable) {
                throw new IllegalStateException("The database does not make a commit durable before acknowledging it: "
                        + durability.describe() + ". Use WRITE_DELAY=0 for H2, fsync and synchronous_commit on for "
                        + "PostgreSQL, or set posflow.platform.persistence.allow-non-durable=true knowingly.");
            }
            log.warn("Durability: {} (allowed by posflow.platform.persistence.allow-non-durable)", durability.describe());
        } else {
            log.info("Durability: {}", durability.describe());
        }
    }

    public Durability durability() {
        return durability;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("durability", Map.of(
                "database", durability.database(),
                "settings", durability.settings(),
                "survives", durability.survives().name(),
                "durable", durability.durable()));
    }

    static Durability inspect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            String url = connection.getMetaData().getURL();
            if (product.toLowerCase(Locale.ROOT).contains("h2")) {
                return h2(connection, url);
            }
            if (product.toLowerCase(Locale.ROOT).contains("postgres")) {
                return postgres(connection);
            }
            return new Durability(product, Map.of(), Durability.Survives.NOT_DURABLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's durability settings", e);
        }
    }

    private static Durability h2(Connection connection, String url) throws SQLException {
        if (url.startsWith("jdbc:h2:mem:")) {
            return new Durability("H2", Map.of("mode", "in-memory"), Durability.Survives.NOTHING);
        }
        String writeDelay = single(connection,
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'");
        Map<String, String> settings = Map.of("WRITE_DELAY", writeDelay);
        return new Durability("H2", settings,
                "0".equals(writeDelay) ? Durability.Survives.PROCESS_KILL : Durability.Survives.NOT_DURABLE);
    }

    private static Durability postgres(Connection connection) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("fsync", single(connection, "SHOW fsync"));
        settings.put("synchronous_commit", single(connection, "SHOW synchronous_commit"));
        boolean durable = "on".equals(settings.get("fsync")) && SYNCHRONOUS.contains(settings.get("synchronous_commit"));
        return new Durability("PostgreSQL", settings,
                durable ? Durability.Survives.MACHINE_LOSS : Durability.Survives.NOT_DURABLE);
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? String.valueOf(rows.getString(1)).toLowerCase(Locale.ROOT) : "unknown";
        }
    }
}
