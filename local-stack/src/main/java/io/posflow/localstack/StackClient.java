package io.posflow.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The stack's REST surface as a merchant app, a POS device and ops use it. */
final class StackClient {

    record Response(int status, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** HTTP/1.1 as the services speak it: no h2c upgrade offered on each new connection. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Response get(String service, String path) {
        return send(service, "GET", path, null);
    }

    Response post(String service, String path, Object body) {
        return send(service, "POST", path, body);
    }

    Response put(String service, String path, Object body) {
        return send(service, "PUT", path, body);
    }

    /**
     * Uploads a file as the {@code file} part of a multipart form, as the merchant app uploads a photo.
     */
    Response upload(String service, String path, String fileName, String contentType, byte[] content) {
        String boundary = "posflow-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        body.writeBytes(head);
        body.writeBytes(content);
        body.writeBytes(tail);
        return send(service, "POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** {@code value} as JSON, as the services read it. */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("Not writable as JSON: " + e.getMessage(), e);
        }
    }

    /** Moves every service's simulated clock to {@code instant} (each service reads time from its own clock). */
    void moveClocks(Instant instant) {
        for (StackLayout.Service s : StackLayout.SERVICES) {
            Response r = put(s.name(), "/api/v1/simulation/clock", Map.of("instant", instant.toString()));
            if (r.status() != 200) {
                throw new IllegalStateException("Moving " + s.name() + "'s clock answered " + r.status() + " " + r.body());
            }
        }
    }

    /**
     * What each service says of its database's durability at {@code /actuator/info} (issue 12), by service; a
     * missing node where one does not say.
     */
    Map<String, JsonNode> durability() {
        Map<String, JsonNode> durability = new LinkedHashMap<>();
        for (StackLayout.Service s : StackLayout.SERVICES) {
            durability.put(s.name(), get(s.name(), "/actuator/info").body().path("durability"));
        }
        return durability;
    }

    Instant clock(String service) {
        return Instant.parse(get(service, "/api/v1/simulation/clock").body().get("instant").asText());
    }

    private Response send(String service, String method, String path, Object body) {
        try {
            return body == null ? send(service, method, path, null, null)
                    : send(service, method, path, "application/json", JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the body of " + method + " " + path + ": " + e, e);
        }
    }

    private Response send(String service, String method, String path, String contentType, byte[] body) {
        StackLayout.Service target = StackLayout.SERVICES.stream().filter(s -> s.name().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + service));
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.baseUrl() + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json, application/problem+json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body() == null || response.body().isBlank()
                    ? JSON.nullNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), json);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + target.baseUrl() + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
