package org.collabscreen.web;

/** A request value that passed its own checks but is invalid in combination or range; answered with 400. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
