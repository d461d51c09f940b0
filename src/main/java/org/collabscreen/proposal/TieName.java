package org.collabscreen.proposal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A tie has a name of at most {@code max} characters. Checked on the tie itself, so a bad name in a plain string
 * list is reported at the list position, as before ties could be objects: {@code researchers[0].affiliations[1]}.
 */
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TieName.Validator.class)
@interface TieName {

    String message() default "must have a name that is not blank and at most {max} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int max();

    /** Checks a tie's name against the limit. */
    class Validator implements ConstraintValidator<TieName, TieRequest> {

        private int max;

        @Override
        public void initialize(TieName annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(TieRequest tie, ConstraintValidatorContext context) {
            return tie == null
                    || tie.name() != null && !tie.name().isBlank() && tie.name().length() <= max;
        }
    }
}
