package io.posflow.platform.problem;

/** One entry of a problem's {@code errors}: a dotted field path, a catalogue code and a message. */
public record FieldProblem(String field, String code, String message) {
}
