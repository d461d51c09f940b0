package org.collabscreen.web;

/** One invalid field of a request, named by its JSON path, e.g. {@code researchers[0].name}. */
public record FieldError(String field, String message) {}
