package io.posflow.onboarding.domain.merchant;

import io.posflow.contracts.onboarding.MaterialKind;

import java.util.Objects;

/** An uploaded document backing a settlement account change (O10), with what its upload recorded. */
public record AccountChangeMaterial(MaterialKind kind, String documentId, String sha256, String contentType,
                                    String originalFileName) {

    public AccountChangeMaterial {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(originalFileName, "originalFileName");
    }
}
