package org.collabscreen.web;

/**
 * The server lacks a resource of its own for the moment (for example room for a batch's temporary data), not the
 * client's fault and worth a retry: answered with 503 problem+json and a Retry-After. The message is shown to the
 * client, so it names what is missing and never a path or a stack trace.
 */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
