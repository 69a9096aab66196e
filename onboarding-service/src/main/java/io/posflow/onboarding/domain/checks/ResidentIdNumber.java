package io.posflow.onboarding.domain.checks;

import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A resident identity card number (居民身份证号码, GB 11643-1999), as K1 checks it: 6 digits area code,
 * 8 digits birth date, 3 digits sequence (odd for men), and an ISO 7064 MOD 11-2 check character
 * ({@code X} for 10, uppercase as DESIGN K1 requires). Personal data: {@link #toString()} is masked.
 *
 * @param value the clear number; only for sealing it, never for logs or messages
 */
public record ResidentIdNumber(String value) {

    /** K1: the applicant is aged 18 to 65, both included, on the submission date. */
    public static final int MIN_AGE = 18;
    public static final int MAX_AGE = 65;

    private static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    /**
     * The province-level part of the area code (GB/T 2260), mainland China. Only the province is checked:
     * a number keeps the county code of its first registration, and county codes are renamed and retired
     * over the years, so a list of today's counties would refuse valid older numbers.
     */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65");

    public ResidentIdNumber {
        Objects.requireNonNull(value, "value");
        List<Reason> problems = problemsOf(value);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).message());
        }
    }

    /** K1 format: every problem of {@code raw} as ID_NUMBER_INVALID, or the number. */
    public static Checked<ResidentIdNumber> parse(String raw) {
        List<Reason> problems = problemsOf(raw);
        return problems.isEmpty() ? Checked.valid(new ResidentIdNumber(raw)) : Checked.invalid(problems);
    }

    /**
     * K1 in full for an applicant: the format, then the age on the submission date (AGE_OUT_OF_RANGE).
     *
     * @param submissionDate the Asia/Shanghai date of the (re)submission
     */
    public static Checked<ResidentIdNumber> parseForApplicant(String raw, LocalDate submissionDate) {
        Objects.requireNonNull(submissionDate, "submissionDate");
        Checked<ResidentIdNumber> parsed = parse(raw);
        if (!parsed.isValid()) {
            return parsed;
        }
        int age = parsed.orElseThrow().ageOn(submissionDate);
        if (age < MIN_AGE || age > MAX_AGE) {
            return Checked.invalid(List.of(Reason.of(ReasonCode.AGE_OUT_OF_RANGE)));
        }
        return parsed;
    }

    public LocalDate birthDate() {
        return LocalDate.parse(value.substring(6, 14), BIRTH_DATE);
    }

    /**
     * Completed years on {@code date}; negative before the birth date. Someone born on 29 February
     * completes a year on 1 March in a common year.
     */
    public int ageOn(LocalDate date) {
        return Math.toIntExact(ChronoUnit.YEARS.between(birthDate(), date));
    }

    /** GB 11643: the 17th digit (last of the sequence) is odd for a man, even for a woman. */
    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The first 6 digits: the county where the number was first registered. */
    public String areaCode() {
        return value.substring(0, 6);
    }

    @Override
    public String toString() {
        return Mask.ID_NUMBER.apply(value);
    }

    public enum Sex { MALE, FEMALE }

    private static List<Reason> problemsOf(String raw) {
        if (raw == null || !raw.matches("[0-9]{17}[0-9Xx]")) {
            return List.of(invalid("An ID number has 18 characters: 17 digits and a check character (0-9 or X)."));
        }
        List<Reason> problems = new ArrayList<>();
        if (!PROVINCES.contains(raw.substring(0, 2))) {
            problems.add(invalid("The ID number's area code names no province of mainland China."));
        }
        try {
            LocalDate.parse(raw.substring(6, 14), BIRTH_DATE);
        } catch (DateTimeParseException e) {
            problems.add(invalid("The ID number's birth date is not a calendar date."));
        }
        char check = raw.charAt(LENGTH - 1);
        char expected = checkCharacter(raw);
        if (check == 'x' && expected == 'X') {
            problems.add(invalid("The ID number's check character X must be uppercase."));
        } else if (check != expected) {
            problems.add(invalid("The ID number's check character does not match."));
        }
        return problems;
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits. */
    private static char checkCharacter(String raw) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (raw.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static Reason invalid(String message) {
        return Reason.of(ReasonCode.ID_NUMBER_INVALID, message);
    }
}
