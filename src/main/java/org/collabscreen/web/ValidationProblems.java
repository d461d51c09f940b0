package org.collabscreen.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/** The {@code /problems/validation-failed} problem and the field names and messages that go into it. */
public final class ValidationProblems {

    private static final Comparator<FieldError> BY_FIELD =
            Comparator.comparing(FieldError::field).thenComparing(FieldError::message);

    private ValidationProblems() {}

    /** A 400 problem listing the invalid fields, sorted by field name. */
    public static ProblemDetail of(List<FieldError> errors) {
        List<FieldError> sorted = errors.stream().sorted(BY_FIELD).toList();
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST,
                "validation-failed",
                "Validation failed",
                sorted.size() == 1
                        ? "Field '" + sorted.get(0).field() + "' "
                                + sorted.get(0).message() + "."
                        : sorted.size() + " fields are invalid; see 'errors'.");
        problem.setProperty("errors", sorted);
        return problem;
    }

    /** The field a JSON reading error points at, with the message the API gives for it. */
    public static FieldError fieldOf(JacksonException e) {
        String message = e instanceof InvalidFormatException invalid
                        && PlainTextDeserializer.INVALID_TEXT.equals(invalid.getOriginalMessage())
                ? PlainTextDeserializer.INVALID_TEXT
                : "has the wrong type or format";
        return new FieldError(jsonPath(e.getPath()), message);
    }

    /** Bean Validation violations as field errors named by JSON path, e.g. {@code researchers[0].affiliations[1]}. */
    public static List<FieldError> fieldsOf(Collection<? extends ConstraintViolation<?>> violations, String prefix) {
        return violations.stream()
                .map(violation ->
                        new FieldError(prefixed(prefix, path(violation.getPropertyPath())), violation.getMessage()))
                .toList();
    }

    /** {@code proposals[3]} + {@code country} gives {@code proposals[3].country}. */
    public static String prefixed(String prefix, String field) {
        if (prefix.isEmpty()) {
            return field;
        }
        return field.isEmpty() ? prefix : prefix + (field.startsWith("[") ? "" : ".") + field;
    }

    static String jsonPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String path(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
