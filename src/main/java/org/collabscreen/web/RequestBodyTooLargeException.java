package org.collabscreen.web;

import java.io.IOException;

/** A streamed request body went past the configured limit. */
class RequestBodyTooLargeException extends IOException {

    RequestBodyTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes");
    }
}
