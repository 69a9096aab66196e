package io.posflow.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * deposit-service's HTTP side as the benchmark uses it: health, the projection's committed progress and
 * its volumes (the ops endpoints {@code /api/v1/ops/deposit-projection[/volumes]}). Where an ops endpoint
 * answers 404 (not deployed yet) the answers are empty and the caller falls back.
 */
final class OpsClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    OpsClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    boolean healthy() {
        try {
            HttpResponse<String> health = get("/actuator/health");
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        }
    }

    /** What the service's database reported at start-up about durable commits ({@code /actuator/info}, issue 12). */
    JsonNode durability() throws IOException {
        return ok(get("/actuator/info")).path("durability");
    }

    /** Partition → next offset to read, committed with the projection; empty when the endpoint is missing. */
    Optional<Map<Integer, Long>> progress() throws IOException {
        HttpResponse<String> response = get("/api/v1/ops/deposit-projection");
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        JsonNode body = ok(response);
        Map<Integer, Long> next = new HashMap<>();
        body.path("partitions").forEach(p -> next.put(p.path("partition").asInt(), p.path("nextOffset").asLong()));
        return Optional.of(next);
    }

    /** Serial → qualifying volume; empty when the endpoint is missing. */
    Optional<Map<String, Long>> volumes() throws IOException {
        HttpResponse<String> response = get("/api/v1/ops/deposit-projection/volumes");
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        Map<String, Long> volumes = new HashMap<>();
        ok(response).forEach(v -> volumes.put(v.path("serialNumber").asText(), v.path("qualifyingVolumeFen").asLong()));
        return Optional.of(volumes);
    }

    /** The fallback: {@code GET /api/v1/deposits/{sn}} for each serial, eight at a time. */
    Map<String, Long> volumesOneByOne(List<String> serials) throws InterruptedException {
        Map<String, Long> volumes = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(8);
        CompletableFuture<?>[] all = new CompletableFuture<?>[serials.size()];
        for (int i = 0; i < serials.size(); i++) {
            String serial = serials.get(i);
            inFlight.acquire();
            all[i] = http.sendAsync(request("/api/v1/deposits/" + serial), HttpResponse.BodyHandlers.ofString())
                    .handle((r, failed) -> {
                        if (r != null && r.statusCode() == 200) {
                            try {
                                volumes.put(serial, JSON.readTree(r.body()).path("qualifyingVolumeFen").asLong());
                            } catch (IOException e) {
                                // left out: reported as a mismatch
                            }
                        }
                        inFlight.release();
                        return null;
                    });
        }
        CompletableFuture.allOf(all).join();
        return volumes;
    }

    private HttpResponse<String> get(String path) throws IOException {
        try {
            return http.send(request(path), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).build();
    }

    private static JsonNode ok(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException(response.uri() + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }
}
