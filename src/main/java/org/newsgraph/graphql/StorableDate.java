package org.newsgraph.graphql;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date with a four-digit year. ISO dates may carry any year ("+9999999-01-01"), which PostgreSQL
 * refuses to store or compare; a news graph has no use for them.
 */
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StorableDate.Validator.class)
public @interface StorableDate {

    LocalDate FIRST = LocalDate.of(1, 1, 1);
    LocalDate LAST = LocalDate.of(9999, 12, 31);

    String message() default "must be a date between 0001-01-01 and 9999-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<StorableDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || !date.isBefore(FIRST) && !date.isAfter(LAST);
        }
    }
}
