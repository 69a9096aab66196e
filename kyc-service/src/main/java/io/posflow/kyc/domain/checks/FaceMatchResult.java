package io.posflow.kyc.domain.checks;

/** The face check's answer: a likeness score 0–100, or inconclusive (no score). */
public record FaceMatchResult(boolean conclusive, int score) {

    public FaceMatchResult {
        if (conclusive && (score < 0 || score > 100)) {
            throw new IllegalArgumentException("a face score is 0..100: " + score);
        }
        if (!conclusive && score != 0) {
            throw new IllegalArgumentException("an inconclusive answer has no score");
        }
    }

    public static FaceMatchResult scored(int score) {
        return new FaceMatchResult(true, score);
    }

    public static FaceMatchResult inconclusive() {
        return new FaceMatchResult(false, 0);
    }
}
