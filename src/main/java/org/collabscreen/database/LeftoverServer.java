package org.collabscreen.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server still running on the data directory after CollabScreen was killed without shutting down.
 * It has no clients left, so it is asked to stop before a new one starts on the same directory.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    private LeftoverServer() {}

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> server = lines.isEmpty()
                ? Optional.empty()
                : parse(lines.get(0))
                        .flatMap(ProcessHandle::of)
                        .filter(ProcessHandle::isAlive)
                        .filter(process -> process.info()
                                .command()
                                .map(command -> command.endsWith("postgres"))
                                .orElse(false));
        if (server.isEmpty()) {
            return;
        }
        ProcessHandle process = server.get();
        log.warn("Stopping the PostgreSQL (pid {}) left running on {} by an earlier run", process.pid(), dataDirectory);
        CompletableFuture<ProcessHandle> exited = process.onExit();
        process.destroy();
        try {
            exited.get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IOException(
                    "PostgreSQL pid " + process.pid() + " left running on " + dataDirectory + " did not stop within "
                            + STOP_TIMEOUT.toSeconds() + " s; stop it by hand",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping a leftover PostgreSQL", e);
        }
    }

    private static Optional<Long> parse(String pid) {
        try {
            return Optional.of(Long.parseLong(pid.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
