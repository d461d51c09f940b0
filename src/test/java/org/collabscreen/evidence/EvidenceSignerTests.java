package org.collabscreen.evidence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The quick start generates its signing key once; production mode reads a shared one and never generates. */
class EvidenceSignerTests {

    @TempDir
    Path directory;

    @Test
    void aKeyFileGeneratedByTheQuickStartSignsWhatAnotherInstanceReadingItVerifies() {
        Path file = directory.resolve("data/evidence-signing-key.pem");
        EvidenceSigner first = new EvidenceSigner(new EvidenceProperties(null, file), false);
        EvidenceSigner second = new EvidenceSigner(new EvidenceProperties(null, file), true);
        byte[] pack = "{\"decision\":\"approved\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(second.verify(pack, first.sign(pack))).isTrue();
    }

    @Test
    void productionModeNeverGeneratesAKeyFileAndSaysWhatToSet() {
        Path file = directory.resolve("data/evidence-signing-key.pem");

        assertThatThrownBy(() -> new EvidenceSigner(new EvidenceProperties("", file), true))
                .hasMessageContaining("production mode never generates one")
                .hasMessageContaining("COLLABSCREEN_EVIDENCE_SIGNING_KEY");
        assertThat(file).doesNotExist();
    }
}
