package io.posflow.onboarding.domain.document;

/** The kinds of content an upload may have (architecture §5), each recognised by its first bytes. */
public enum DocumentType {

    JPEG("image/jpeg"),
    PNG("image/png"),
    PDF("application/pdf"),
    MP4("video/mp4");

    private final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type recorded with the document and published with it, e.g. {@code image/jpeg}. */
    public String mediaType() {
        return mediaType;
    }
}
