package org.collabscreen.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.FormContentFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, verified case: three concurrent 60 MB form-encoded PUTs without a key exhausted a 320 MB heap, because
 * the form-content filter read each body whole before security and the size check ran.
 */
class RequestBodyLimitIntegrationTests extends ApiTest {

    private static final long SIXTY_MB = 60L * 1024 * 1024;

    @Autowired
    private Environment environment;

    @Autowired
    private ApplicationContext context;

    @Test
    void oversizedFormPutsWithoutAKeyAreRefusedBySizeBeforeAnyFilterReadsThem() {
        List<CompletableFuture<String>> puts = IntStream.range(0, 3)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> formPut("/api/v1/rulebook/institutions/x")))
                .toList();

        List<String> statusLines = puts.stream().map(CompletableFuture::join).toList();

        assertThat(statusLines).allSatisfy(line -> assertThat(line).startsWith("HTTP/1.1 413"));
    }

    @Test
    void noFilterParsesFormBodies() {
        assertThat(context.getBeansOfType(FormContentFilter.class)).isEmpty();
    }

    /**
     * Sends a form-encoded PUT declaring 60 MB and streams its body on another thread while reading the status line:
     * the answer must not wait for the body.
     */
    private String formPut(String path) {
        int port = Integer.parseInt(environment.getRequiredProperty("local.server.port"));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + SIXTY_MB
                            + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<Void> body = CompletableFuture.runAsync(() -> stream(out));
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String statusLine = in.readLine();
            socket.shutdownInput();
            body.exceptionally(e -> null).join();
            return statusLine;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body, a form field of 60 MB; the server may close the connection part-way, which ends the stream. */
    private static void stream(OutputStream out) {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        chunk[0] = 'f';
        chunk[1] = '=';
        try {
            for (long sent = 0; sent < SIXTY_MB; sent += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, SIXTY_MB - sent));
                chunk[0] = 'a';
                chunk[1] = 'a';
            }
            out.flush();
        } catch (IOException closedByTheServer) {
            // The server answered and closed the connection without reading the rest: what is expected.
        }
    }
}
