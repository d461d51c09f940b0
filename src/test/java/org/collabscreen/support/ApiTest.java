package org.collabscreen.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the end-to-end API tests: the application on a random port, over real HTTP, against real PostgreSQL. */
@IntegrationTest
public abstract class ApiTest {

    @LocalServerPort
    private int port;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    protected static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
