package io.posflow.onboarding.readmodel.state;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.onboarding.domain.application.ApplicationStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * O7's ops queue as ops watch it: how many applications wait in MANUAL_REVIEW and how long the oldest has
 * waited (by the service's clock). Read at scrape time from the application view.
 */
@Component
public class ReviewQueueMetrics {

    public ReviewQueueMetrics(ApplicationViewRepository views, Clock clock, MeterRegistry meters) {
        Gauge.builder("posflow.applications.manual.review", views,
                        v -> v.countByStatus(ApplicationStatus.MANUAL_REVIEW))
                .description("Applications waiting for an ops decision (O7)").register(meters);
        Gauge.builder("posflow.applications.manual.review.oldest.age", views,
                        v -> v.findFirstByStatusOrderByUpdatedAtAsc(ApplicationStatus.MANUAL_REVIEW)
                                .map(a -> (double) Duration.between(a.updatedAt(), clock.instant()).toSeconds())
                                .orElse(0.0))
                .baseUnit("seconds")
                .description("How long the oldest application in MANUAL_REVIEW has waited").register(meters);
    }
}
