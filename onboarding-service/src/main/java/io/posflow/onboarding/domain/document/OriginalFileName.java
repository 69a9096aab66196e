package io.posflow.onboarding.domain.document;

/**
 * The name a document was uploaded with, as it is kept (K7): the last path segment only (clients may send
 * {@code C:\Users\…\id.jpg}), without control or bidi-formatting characters, at most {@value #MAX_LENGTH}
 * characters. It is metadata, never used as a path.
 */
public final class OriginalFileName {

    public static final int MAX_LENGTH = 255;

    private OriginalFileName() {
    }

    public static String sanitise(String raw) {
        if (raw == null) {
            return "";
        }
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(Math.min(name.length(), MAX_LENGTH));
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        String trimmed = kept.toString().strip();
        if (trimmed.length() <= MAX_LENGTH) {
            return trimmed;
        }
        // cut on a character boundary, never between the halves of a surrogate pair
        int end = Character.isLowSurrogate(trimmed.charAt(MAX_LENGTH)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return trimmed.substring(0, end).strip();
    }
}
