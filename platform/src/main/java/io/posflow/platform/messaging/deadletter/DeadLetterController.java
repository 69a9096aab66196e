package io.posflow.platform.messaging.deadletter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Ops REST over this service's dead-letter topics: list, depth, redrive. */
@RestController
@RequestMapping("/api/v1/ops/dead-letters")
public class DeadLetterController {

    private final DeadLetterService service;

    public DeadLetterController(DeadLetterService service) {
        this.service = service;
    }

    @GetMapping
    public List<DeadLetter> list(@RequestParam(required = false) String topic,
                                 @RequestParam(defaultValue = "200") int limit) {
        return service.list(topic, Math.max(1, Math.min(limit, 1000)));
    }

    @GetMapping("/depths")
    public Map<String, Long> depths() {
        return service.depths();
    }

    @PostMapping("/{topic}/{partition}/{offset}/redrive")
    public DeadLetter redrive(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset) {
        return service.redrive(topic, partition, offset);
    }
}
