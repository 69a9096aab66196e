package io.posflow.onboarding.usecase.intake;

import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.onboarding.domain.document.StoredDocument;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** O2: which kinds of document each material may be, recognised by content at upload. */
final class MaterialTypes {

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String MP4 = "video/mp4";
    static final String PDF = "application/pdf";

    /** Papers that may be scanned (PDF) or photographed. */
    private static final Set<MaterialKind> PAPERS = EnumSet.of(MaterialKind.BUSINESS_LICENCE,
            MaterialKind.ACCOUNT_PERMIT, MaterialKind.LEASE_CONTRACT);

    private MaterialTypes() {
    }

    /** Why {@code document} cannot serve as a {@code kind} material, or empty when it can. */
    static Optional<String> problem(MaterialKind kind, StoredDocument document, Duration maxVideoLength) {
        String type = document.contentType();
        if (kind == MaterialKind.BUSINESS_VIDEO) {
            if (!MP4.equals(type)) {
                return Optional.of("a BUSINESS_VIDEO must be an MP4 video");
            }
            return document.duration().filter(d -> d.compareTo(maxVideoLength) > 0)
                    .map(d -> "a BUSINESS_VIDEO may last at most " + maxVideoLength.toSeconds() + " s");
        }
        boolean photo = JPEG.equals(type) || PNG.equals(type);
        if (PAPERS.contains(kind)) {
            return photo || PDF.equals(type) ? Optional.empty() : Optional.of("a " + kind + " must be a PDF or a photo");
        }
        return photo ? Optional.empty() : Optional.of("a " + kind + " must be a JPEG or PNG photo");
    }
}
