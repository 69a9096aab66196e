package io.posflow.terminal.domain.terminal;

/** The terminal's manufacturer, as the warehouse registers it. */
public record Vendor(String name) {

    public static final int MAX_LENGTH = 64;

    public Vendor {
        if (name == null || name.isBlank() || name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A vendor name has 1 to " + MAX_LENGTH + " characters");
        }
    }

    public static Vendor of(String name) {
        return new Vendor(name);
    }
}
