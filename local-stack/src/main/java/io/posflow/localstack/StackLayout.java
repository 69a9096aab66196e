package io.posflow.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where things are: the repository, the data directory that survives restarts, the five services. */
record StackLayout(Path root, Path data) {

    record Service(String name, int port) {

        String jarName() {
            return name + "-service-0.1.0-SNAPSHOT.jar";
        }

        String baseUrl() {
            return "http://127.0.0.1:" + port;
        }
    }

    static final List<Service> SERVICES = List.of(
            new Service("onboarding", 8081),
            new Service("kyc", 8082),
            new Service("terminal", 8083),
            new Service("settlement", 8084),
            new Service("deposit", 8085));

    static final int BROKER_PORT = 9092;
    static final String BOOTSTRAP = "127.0.0.1:" + BROKER_PORT;

    static StackLayout discover() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("local-stack/pom.xml"))) {
            root = root.getParent();
        }
        if (root == null) {
            throw new IllegalStateException("Run from inside the posflow repository");
        }
        String dataDir = System.getProperty("posflow.data-dir");
        return new StackLayout(root, dataDir == null ? root.resolve("data") : Path.of(dataDir).toAbsolutePath());
    }

    Path jar(Service service) {
        return root.resolve(service.name() + "-service/target/" + service.jarName());
    }

    Path logs() {
        return data.resolve("logs");
    }

    Path kafkaLogDirs() {
        return data.resolve("kafka");
    }
}
