package org.collabscreen.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The quick start generates the chain's key once; production mode reads a shared one and never generates. */
class AuditKeysTests {

    @TempDir
    Path directory;

    private AuditProperties keyFile(Path file) {
        return new AuditProperties("", List.of(), file, Duration.ofMillis(200), 5000, true);
    }

    @Test
    void theQuickStartGeneratesTheKeyFileOnceAndKeepsIt() {
        Path file = directory.resolve("data/audit-hmac.key");
        String first = AuditKeys.load(keyFile(file), false).currentId();

        assertThat(file).exists();
        assertThat(AuditKeys.load(keyFile(file), false).currentId()).isEqualTo(first);
    }

    @Test
    void productionModeNeverGeneratesAKeyFileAndSaysWhatToSet() {
        Path file = directory.resolve("data/audit-hmac.key");

        assertThatThrownBy(() -> AuditKeys.load(keyFile(file), true))
                .hasMessageContaining("production mode never generates one")
                .hasMessageContaining("COLLABSCREEN_AUDIT_HMAC_KEY");
        assertThat(file).doesNotExist();
    }

    @Test
    void productionModeReadsAKeyFileEveryInstanceShares() throws Exception {
        Path file = directory.resolve("audit-hmac.key");
        Files.writeString(file, "00112233445566778899aabbccddeeff\n");

        assertThat(AuditKeys.load(keyFile(file), true).currentId())
                .isEqualTo(AuditKeys.idOf(HexFormat.of().parseHex("00112233445566778899aabbccddeeff")));
    }
}
