package io.posflow.localstack;

import io.posflow.contracts.Owners;
import io.posflow.contracts.topics.TopicDefinition;
import io.posflow.contracts.topics.Topics;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * There is no Docker engine here, so the production-like compose file is checked for what can drift:
 * it parses, and it agrees with each service's port, profile, database and jar, with the topic owners,
 * and with Prometheus' scrape targets.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @SuppressWarnings("unchecked")
    private final Map<String, Object> compose = load(ROOT.resolve("docker-compose.yml"));

    @Test
    void everyServiceRunsItsOwnJarOnItsOwnPortWithThePostgresProfileAndItsOwnDatabase() throws IOException {
        for (StackLayout.Service service : StackLayout.SERVICES) {
            Map<String, Object> entry = service(service.name() + "-service");
            String port = String.valueOf(service.port());
            assertThat(applicationYml(service)).contains("port: " + port);
            assertThat((List<String>) entry.get("ports")).containsExactly(port + ":" + port);
            Map<String, Object> env = (Map<String, Object>) entry.get("environment");
            assertThat(String.valueOf(env.get("SPRING_PROFILES_ACTIVE")).split(",")).contains("postgres");
            assertThat(env.get("POSTGRES_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + service.name());
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
            assertThat((List<String>) entry.get("volumes")).containsExactly(
                    "./" + service.name() + "-service/target/" + service.jarName() + ":/app/app.jar:ro");
            assertThat(ROOT.resolve(service.name() + "-service/src/main/resources/application-postgres.yml")).exists();
            assertThat(Files.readString(ROOT.resolve("infra/postgres/init.sql")))
                    .contains("CREATE DATABASE " + service.name() + ";");
        }
    }

    @Test
    void theServicesReadTheBrokerAddressThatComposeGivesThem() throws IOException {
        for (StackLayout.Service service : StackLayout.SERVICES) {
            assertThat(applicationYml(service)).contains("${KAFKA_BOOTSTRAP_SERVERS:");
        }
    }

    @Test
    void theBrokerRunsKraftAndNeverAutoCreatesTopics() {
        Map<String, Object> env = (Map<String, Object>) service("kafka").get("environment");
        assertThat(env.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")).isEqualTo("false");
    }

    @Test
    void everyTopicIsOwnedByAServiceOfTheStack() {
        List<String> owners = StackLayout.SERVICES.stream().map(StackLayout.Service::name).toList();
        for (TopicDefinition topic : Topics.all()) {
            assertThat(owners).as(topic.name()).contains(topic.owner());
            assertThat(service(topic.owner() + "-service")).isNotNull();
        }
        assertThat(Topics.ownedBy(Owners.PARTNER_BANK)).isEmpty();
    }

    @Test
    void everyImageIsPinnedToAVersion() {
        ((Map<String, Object>) compose.get("services")).forEach((name, value) -> {
            String image = (String) ((Map<String, Object>) value).get("image");
            assertThat(image).as(name).matches("[\\w./-]+:[\\w.-]+").doesNotEndWith(":latest");
        });
    }

    @Test
    void prometheusScrapesEveryServiceOnItsPort() throws IOException {
        String prometheus = Files.readString(ROOT.resolve("infra/prometheus/prometheus.yml"));
        assertThat(prometheus).contains("metrics_path: /actuator/prometheus");
        for (StackLayout.Service service : StackLayout.SERVICES) {
            assertThat(prometheus).contains("\"" + service.name() + "-service:" + service.port() + "\"");
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> service(String name) {
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    private static String applicationYml(StackLayout.Service service) throws IOException {
        return Files.readString(ROOT.resolve(service.name() + "-service/src/main/resources/application.yml"));
    }

    private static Map<String, Object> load(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
