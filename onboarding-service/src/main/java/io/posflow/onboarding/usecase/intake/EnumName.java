package io.posflow.onboarding.usecase.intake;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The string is the name of one of {@code value}'s constants (or of {@code only}, when given). Enums
 * arrive as strings so that a wrong value is one more 422 field error, listed with all the others,
 * instead of a parse failure that hides them.
 */
@Documented
@Constraint(validatedBy = EnumName.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EnumName {

    Class<? extends Enum<?>> value();

    /** A subset of the constants, when not all of them are accepted here. */
    String[] only() default {};

    String message() default "must be one of {allowed}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EnumName, String> {

        private Set<String> allowed;

        @Override
        public void initialize(EnumName annotation) {
            allowed = annotation.only().length > 0
                    ? Set.of(annotation.only())
                    : Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name)
                    .collect(Collectors.toUnmodifiableSet());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || allowed.contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of " + String.join(", ", allowed.stream()
                    .sorted().toList())).addConstraintViolation();
            return false;
        }
    }
}
