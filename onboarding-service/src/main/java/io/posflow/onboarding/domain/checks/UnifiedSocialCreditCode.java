package io.posflow.onboarding.domain.checks;

import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015), as K6 checks its format: 18 characters
 * of the 31-character alphabet (digits and capitals without I, O, Z, S, V): registration authority (1),
 * category (1), registering authority's area code (6 digits), organisation code (9, GB 11714 with its own
 * check character) and a MOD 31 check character. Not personal data: a licence is public.
 */
public record UnifiedSocialCreditCode(String value) {

    private static final int LENGTH = 18;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** GB 32100: weight of position i (0-based) is 3^i mod 31. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** GB 11714 weights of the 8 body characters of the organisation code. */
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    public UnifiedSocialCreditCode {
        Objects.requireNonNull(value, "value");
        List<Reason> problems = problemsOf(value);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).message());
        }
    }

    /** K6 format: every problem of {@code raw} as USCC_INVALID, or the code. */
    public static Checked<UnifiedSocialCreditCode> parse(String raw) {
        List<Reason> problems = problemsOf(raw);
        return problems.isEmpty() ? Checked.valid(new UnifiedSocialCreditCode(raw)) : Checked.invalid(problems);
    }

    public RegistrationAuthority registrationAuthority() {
        return RegistrationAuthority.of(value.charAt(0)).orElseThrow();
    }

    /** The category within the registration authority, e.g. {@code 1} enterprise, {@code 2} 个体工商户 under 9. */
    public char category() {
        return value.charAt(1);
    }

    /** Positions 3–8: the area code (GB/T 2260) of the registering authority. */
    public String areaCode() {
        return value.substring(2, 8);
    }

    /** Positions 9–17: the organisation code (组织机构代码, GB 11714), check character included. */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    @Override
    public String toString() {
        return value;
    }

    /** GB 32100-2015 position 1: who registered the organisation. */
    public enum RegistrationAuthority {
        ESTABLISHMENT_ADMINISTRATION('1'), // 机构编制
        FOREIGN_AFFAIRS('2'),
        JUSTICE('3'),                      // 司法行政
        CULTURE('4'),
        CIVIL_AFFAIRS('5'),                // 民政
        TOURISM('6'),
        RELIGIOUS_AFFAIRS('7'),
        TRADE_UNIONS('8'),
        MARKET_REGULATION('9'),            // 工商, the business licence
        MILITARY_ESTABLISHMENT('A'),       // 中央军委改革和编制办公室
        AGRICULTURE('N'),
        OTHER('Y');

        private final char code;

        RegistrationAuthority(char code) {
            this.code = code;
        }

        public char code() {
            return code;
        }

        static Optional<RegistrationAuthority> of(char code) {
            return Arrays.stream(values()).filter(a -> a.code == code).findFirst();
        }
    }

    private static List<Reason> problemsOf(String raw) {
        if (raw == null || raw.length() != LENGTH || !raw.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return List.of(invalid(
                    "A unified social credit code has 18 characters of 0-9 and A-Z without I, O, Z, S and V."));
        }
        List<Reason> problems = new ArrayList<>();
        if (RegistrationAuthority.of(raw.charAt(0)).isEmpty()) {
            problems.add(invalid("The code's first character is no registration authority."));
        }
        if (!raw.substring(2, 8).chars().allMatch(Character::isDigit)) {
            problems.add(invalid("The code's characters 3 to 8 are an area code of 6 digits."));
        }
        if (raw.charAt(16) != organisationCheckCharacter(raw.substring(8, 16))) {
            problems.add(invalid("The organisation code in the credit code has a wrong check character."));
        }
        if (raw.charAt(17) != checkCharacter(raw)) {
            problems.add(invalid("The code's check character does not match."));
        }
        return problems;
    }

    /** GB 32100: C18 = 31 - (Σ Ci·Wi mod 31), 31 written as 0, over the alphabet's values. */
    private static char checkCharacter(String raw) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(raw.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * GB 11714: C9 = 11 - (Σ Ci·Wi mod 11), 10 written X and 11 written 0; digits count as themselves and
     * letters A–Z as 10–35 (the full Latin alphabet, not the credit code's).
     */
    private static char organisationCheckCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < ORGANISATION_WEIGHTS.length; i++) {
            sum += Character.digit(body.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return switch (check) {
            case 10 -> 'X';
            case 11 -> '0';
            default -> (char) ('0' + check);
        };
    }

    private static Reason invalid(String message) {
        return Reason.of(ReasonCode.USCC_INVALID, message);
    }
}
