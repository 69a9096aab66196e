package io.posflow.onboarding.usecase;

import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.onboarding.domain.document.DocumentRefusedException;
import io.posflow.onboarding.domain.document.DocumentType;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * {@code posflow.documents.uploaded{type}}: documents kept, by media type;
 * {@code posflow.documents.refused{reason}}: uploads refused, by {@link DocumentRefusedException.Reason}.
 */
@Component
public class DocumentMetrics {

    private final MeterRegistry meters;

    public DocumentMetrics(MeterRegistry meters) {
        this.meters = meters;
        // every series exists from the start, so a dashboard shows zero rather than nothing
        for (DocumentType type : DocumentType.values()) {
            meters.counter("posflow.documents.uploaded", "type", type.mediaType());
        }
        for (DocumentRefusedException.Reason reason : DocumentRefusedException.Reason.values()) {
            meters.counter("posflow.documents.refused", "reason", tag(reason));
        }
    }

    void uploaded(DocumentType type) {
        meters.counter("posflow.documents.uploaded", "type", type.mediaType()).increment();
    }

    public void refused(DocumentRefusedException.Reason reason) {
        meters.counter("posflow.documents.refused", "reason", tag(reason)).increment();
    }

    private static String tag(DocumentRefusedException.Reason reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }
}
