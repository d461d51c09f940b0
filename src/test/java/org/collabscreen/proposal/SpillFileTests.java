package org.collabscreen.proposal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.collabscreen.web.ServiceUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A batch's temporary data: read back as written, deleted when closed, and a 503 when it cannot be kept. */
class SpillFileTests {

    @TempDir
    Path folder;

    @Test
    void givesBackWhatWasWrittenAndLeavesNothingOnceClosed() throws IOException {
        try (SpillFile spill = new SpillFile(folder, "test-")) {
            spill.output().write(new byte[] {1, 2, 3});
            assertThat(spill.size()).isEqualTo(3);
            try (InputStream in = spill.input()) {
                assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
            }
            assertThat(Files.list(folder)).hasSize(1);
        }
        assertThat(Files.list(folder)).isEmpty();
    }

    @Test
    void aFolderItCannotWriteToIsAServiceUnavailableThatNamesNoPath() {
        Path missing = folder.resolve("not-there");

        assertThatThrownBy(() -> new SpillFile(missing, "test-"))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("temporary folder")
                .hasMessageContaining("nothing of the batch was stored")
                .hasMessageNotContaining(missing.toString());
    }
}
