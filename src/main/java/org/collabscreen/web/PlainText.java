package org.collabscreen.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Text without NUL or other control characters and without unpaired surrogates; for query parameters. */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** What a field with such characters is told. */
    String INVALID = PlainTextDeserializer.INVALID_TEXT;

    String message() default INVALID;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Applies {@link PlainTextDeserializer#isPlainText(String)}. */
    class Validator implements ConstraintValidator<PlainText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isPlainText(value);
        }

        /** For text read without bean validation, such as a CSV cell. */
        public static boolean isPlainText(String value) {
            return PlainTextDeserializer.isPlainText(value);
        }
    }
}
