package io.posflow.platform.pii;

/** New personal data for a subject whose key was shredded cannot be stored. */
public class SubjectShreddedException extends RuntimeException {

    public SubjectShreddedException(String subjectId) {
        super("Data subject " + subjectId + " was crypto-shredded");
    }
}
